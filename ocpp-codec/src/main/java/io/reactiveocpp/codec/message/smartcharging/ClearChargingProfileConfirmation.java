package io.reactiveocpp.codec.message.smartcharging;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.ClearChargingProfileStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code ClearChargingProfile.conf} (OCPP 1.6 edition 2, section 6.14), sent from charge point to central system.
 *
 * @param status required
 */
public record ClearChargingProfileConfirmation(ClearChargingProfileStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<ClearChargingProfileConfirmation> CODEC = ObjectCodec.<ClearChargingProfileConfirmation>builder(
                    v -> new ClearChargingProfileConfirmation((ClearChargingProfileStatus) v[0]))
            .required("status", ClearChargingProfileStatus.CODEC, ClearChargingProfileConfirmation::status)
            .build();

    public ClearChargingProfileConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.CLEAR_CHARGING_PROFILE;
    }
}
