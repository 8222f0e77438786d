package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.smartcharging.SetChargingProfileConfirmation;
import io.reactiveocpp.codec.message.smartcharging.SetChargingProfileRequest;
import io.reactiveocpp.engine.smartcharging.ChargingProfiles;
import io.reactiveocpp.engine.transaction.Transactions;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** SetChargingProfile (OCPP 1.6 section 5.16): Accepted when the profile is installed, else Rejected. */
public final class SetChargingProfileHandler
        implements Function<SetChargingProfileRequest, Mono<SetChargingProfileConfirmation>> {

    private final ChargingProfiles profiles;
    private final Transactions transactions;

    public SetChargingProfileHandler(ChargingProfiles profiles, Transactions transactions) {
        this.profiles = profiles;
        this.transactions = transactions;
    }

    @Override
    public Mono<SetChargingProfileConfirmation> apply(SetChargingProfileRequest request) {
        int connectorId = request.connectorId();
        return Mono.just(new SetChargingProfileConfirmation(profiles.set(connectorId, request.csChargingProfiles(),
                connectorId > 0 ? transactions.started(connectorId) : null)));
    }
}
