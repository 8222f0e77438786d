package io.reactiveocpp.codec.message.smartcharging;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.ChargingProfilePurposeType;

/**
 * {@code ClearChargingProfile.req} (OCPP 1.6 edition 2, section 6.13), sent from central system to charge point.
 *
 * @param id optional
 * @param connectorId optional
 * @param chargingProfilePurpose optional
 * @param stackLevel optional
 */
public record ClearChargingProfileRequest(
        Integer id,
        Integer connectorId,
        ChargingProfilePurposeType chargingProfilePurpose,
        Integer stackLevel) implements Request<ClearChargingProfileConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<ClearChargingProfileRequest> CODEC = ObjectCodec.<ClearChargingProfileRequest>builder(
                    v -> new ClearChargingProfileRequest(
                            (Integer) v[0],
                            (Integer) v[1],
                            (ChargingProfilePurposeType) v[2],
                            (Integer) v[3]))
            .optional("id", ValueCodecs.INTEGER, ClearChargingProfileRequest::id)
            .optional("connectorId", ValueCodecs.INTEGER, ClearChargingProfileRequest::connectorId)
            .optional("chargingProfilePurpose", ChargingProfilePurposeType.CODEC, ClearChargingProfileRequest::chargingProfilePurpose)
            .optional("stackLevel", ValueCodecs.INTEGER, ClearChargingProfileRequest::stackLevel)
            .build();

    @Override
    public Action action() {
        return Action.CLEAR_CHARGING_PROFILE;
    }
}
