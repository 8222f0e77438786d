package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.reservation.ReserveNowConfirmation;
import io.reactiveocpp.codec.message.reservation.ReserveNowRequest;
import io.reactiveocpp.engine.reservation.Reservations;
import io.reactiveocpp.engine.transaction.Transactions;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** ReserveNow (OCPP 1.6 section 5.13): Accepted, Faulted, Occupied, Rejected or Unavailable. */
public final class ReserveNowHandler implements Function<ReserveNowRequest, Mono<ReserveNowConfirmation>> {

    private final Reservations reservations;
    private final Transactions transactions;

    public ReserveNowHandler(Reservations reservations, Transactions transactions) {
        this.reservations = reservations;
        this.transactions = transactions;
    }

    @Override
    public Mono<ReserveNowConfirmation> apply(ReserveNowRequest request) {
        return Mono.just(new ReserveNowConfirmation(reservations.reserve(request, id -> transactions.active(id) != null)));
    }
}
