package io.reactiveocpp.codec.message.smartcharging;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.ChargingProfile;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code SetChargingProfile.req} (OCPP 1.6 edition 2, section 6.43), sent from central system to charge point.
 *
 * @param connectorId required
 * @param csChargingProfiles required
 */
public record SetChargingProfileRequest(
        int connectorId,
        ChargingProfile csChargingProfiles) implements Request<SetChargingProfileConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<SetChargingProfileRequest> CODEC = ObjectCodec.<SetChargingProfileRequest>builder(
                    v -> new SetChargingProfileRequest((int) v[0], (ChargingProfile) v[1]))
            .requiredInt("connectorId", SetChargingProfileRequest::connectorId)
            .required("csChargingProfiles", ChargingProfile.CODEC, SetChargingProfileRequest::csChargingProfiles)
            .build();

    public SetChargingProfileRequest {
        Check.required("csChargingProfiles", csChargingProfiles);
    }

    @Override
    public Action action() {
        return Action.SET_CHARGING_PROFILE;
    }
}
