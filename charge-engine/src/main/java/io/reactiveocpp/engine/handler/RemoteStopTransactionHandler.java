package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.core.RemoteStopTransactionConfirmation;
import io.reactiveocpp.codec.message.core.RemoteStopTransactionRequest;
import io.reactiveocpp.codec.type.RemoteStartStopStatus;
import io.reactiveocpp.engine.transaction.ChargingFlow;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** RemoteStopTransaction (OCPP 1.6 section 5.12): Accepted when the transaction runs here; the stop follows. */
public final class RemoteStopTransactionHandler
        implements Function<RemoteStopTransactionRequest, Mono<RemoteStopTransactionConfirmation>> {

    private final ChargingFlow flow;

    public RemoteStopTransactionHandler(ChargingFlow flow) {
        this.flow = flow;
    }

    @Override
    public Mono<RemoteStopTransactionConfirmation> apply(RemoteStopTransactionRequest request) {
        return Mono.just(new RemoteStopTransactionConfirmation(flow.remoteStop(request.transactionId())
                ? RemoteStartStopStatus.ACCEPTED : RemoteStartStopStatus.REJECTED));
    }
}
