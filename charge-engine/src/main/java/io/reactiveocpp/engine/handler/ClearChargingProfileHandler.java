package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.smartcharging.ClearChargingProfileConfirmation;
import io.reactiveocpp.codec.message.smartcharging.ClearChargingProfileRequest;
import io.reactiveocpp.codec.type.ClearChargingProfileStatus;
import io.reactiveocpp.engine.smartcharging.ChargingProfiles;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** ClearChargingProfile (OCPP 1.6 section 5.5): Accepted when a profile was removed, else Unknown. */
public final class ClearChargingProfileHandler
        implements Function<ClearChargingProfileRequest, Mono<ClearChargingProfileConfirmation>> {

    private final ChargingProfiles profiles;

    public ClearChargingProfileHandler(ChargingProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public Mono<ClearChargingProfileConfirmation> apply(ClearChargingProfileRequest request) {
        boolean removed = profiles.clear(request.id(), request.connectorId(), request.chargingProfilePurpose(),
                request.stackLevel());
        return Mono.just(new ClearChargingProfileConfirmation(
                removed ? ClearChargingProfileStatus.ACCEPTED : ClearChargingProfileStatus.UNKNOWN));
    }
}
