package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.core.RemoteStartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.RemoteStartTransactionRequest;
import io.reactiveocpp.codec.type.RemoteStartStopStatus;
import io.reactiveocpp.engine.transaction.ChargingFlow;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** RemoteStartTransaction (OCPP 1.6 section 5.11): Accepted when a connector can take the transaction. */
public final class RemoteStartTransactionHandler
        implements Function<RemoteStartTransactionRequest, Mono<RemoteStartTransactionConfirmation>> {

    private final ChargingFlow flow;

    public RemoteStartTransactionHandler(ChargingFlow flow) {
        this.flow = flow;
    }

    @Override
    public Mono<RemoteStartTransactionConfirmation> apply(RemoteStartTransactionRequest request) {
        // section 6.33: a connectorId SHALL be > 0; 0 (the whole station) is answered Rejected (OCTT TC_027)
        boolean accepted = request.connectorId() == null || request.connectorId() > 0
                ? flow.remoteStart(request.idTag(), request.connectorId()) : false;
        return Mono.just(new RemoteStartTransactionConfirmation(
                accepted ? RemoteStartStopStatus.ACCEPTED : RemoteStartStopStatus.REJECTED));
    }
}
