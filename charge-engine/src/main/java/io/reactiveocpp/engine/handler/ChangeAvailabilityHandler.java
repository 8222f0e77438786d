package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.core.ChangeAvailabilityConfirmation;
import io.reactiveocpp.codec.message.core.ChangeAvailabilityRequest;
import io.reactiveocpp.engine.connector.Availability;
import io.reactiveocpp.engine.transaction.Transactions;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** ChangeAvailability (OCPP 1.6 section 5.2): Accepted, Rejected, or Scheduled while a transaction runs. */
public final class ChangeAvailabilityHandler
        implements Function<ChangeAvailabilityRequest, Mono<ChangeAvailabilityConfirmation>> {

    private final Availability availability;
    private final Transactions transactions;

    public ChangeAvailabilityHandler(Availability availability, Transactions transactions) {
        this.availability = availability;
        this.transactions = transactions;
    }

    @Override
    public Mono<ChangeAvailabilityConfirmation> apply(ChangeAvailabilityRequest request) {
        return Mono.just(new ChangeAvailabilityConfirmation(availability.change(request.connectorId(), request.type(),
                id -> transactions.active(id) != null)));
    }
}
