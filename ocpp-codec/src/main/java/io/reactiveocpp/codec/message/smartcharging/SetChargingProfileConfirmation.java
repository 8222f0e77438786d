package io.reactiveocpp.codec.message.smartcharging;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.ChargingProfileStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code SetChargingProfile.conf} (OCPP 1.6 edition 2, section 6.44), sent from charge point to central system.
 *
 * @param status required
 */
public record SetChargingProfileConfirmation(ChargingProfileStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<SetChargingProfileConfirmation> CODEC = ObjectCodec.<SetChargingProfileConfirmation>builder(
                    v -> new SetChargingProfileConfirmation((ChargingProfileStatus) v[0]))
            .required("status", ChargingProfileStatus.CODEC, SetChargingProfileConfirmation::status)
            .build();

    public SetChargingProfileConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.SET_CHARGING_PROFILE;
    }
}
