package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.AvailabilityStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code ChangeAvailability.conf} (OCPP 1.6 edition 2, section 6.8), sent from charge point to central system.
 *
 * @param status required
 */
public record ChangeAvailabilityConfirmation(AvailabilityStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<ChangeAvailabilityConfirmation> CODEC = ObjectCodec.<ChangeAvailabilityConfirmation>builder(
                    v -> new ChangeAvailabilityConfirmation((AvailabilityStatus) v[0]))
            .required("status", AvailabilityStatus.CODEC, ChangeAvailabilityConfirmation::status)
            .build();

    public ChangeAvailabilityConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.CHANGE_AVAILABILITY;
    }
}
