package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.core.RemoteStartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.RemoteStartTransactionRequest;
import io.reactiveocpp.codec.type.ChargingProfileStatus;
import io.reactiveocpp.codec.type.RemoteStartStopStatus;
import io.reactiveocpp.engine.smartcharging.ChargingProfiles;
import io.reactiveocpp.engine.transaction.ChargingFlow;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/**
 * RemoteStartTransaction (OCPP 1.6 section 5.11): Accepted when a connector can take the transaction and the
 * chargingProfile, if any, is an acceptable TxProfile without transactionId (installed as the transaction begins).
 */
public final class RemoteStartTransactionHandler
        implements Function<RemoteStartTransactionRequest, Mono<RemoteStartTransactionConfirmation>> {

    private final ChargingFlow flow;
    private final ChargingProfiles profiles;

    public RemoteStartTransactionHandler(ChargingFlow flow, ChargingProfiles profiles) {
        this.flow = flow;
        this.profiles = profiles;
    }

    @Override
    public Mono<RemoteStartTransactionConfirmation> apply(RemoteStartTransactionRequest request) {
        // section 6.33: a connectorId SHALL be > 0; 0 (the whole station) is answered Rejected (OCTT TC_027)
        boolean accepted = (request.connectorId() == null || request.connectorId() > 0)
                && (request.chargingProfile() == null
                || profiles.checkRemoteStart(request.chargingProfile()) == ChargingProfileStatus.ACCEPTED)
                && flow.remoteStart(request.idTag(), request.connectorId(), request.chargingProfile());
        return Mono.just(new RemoteStartTransactionConfirmation(
                accepted ? RemoteStartStopStatus.ACCEPTED : RemoteStartStopStatus.REJECTED));
    }
}
