package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.codec.validate.Check;

import java.time.Instant;

/**
 * {@code BootNotification.conf} (OCPP 1.6 edition 2, section 6.4), sent from central system to charge point.
 *
 * @param status required
 * @param currentTime required, UTC on the wire
 * @param interval required
 */
public record BootNotificationConfirmation(
        RegistrationStatus status,
        Instant currentTime,
        int interval) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<BootNotificationConfirmation> CODEC = ObjectCodec.<BootNotificationConfirmation>builder(
                    v -> new BootNotificationConfirmation(
                            (RegistrationStatus) v[0],
                            (Instant) v[1],
                            (int) v[2]))
            .required("status", RegistrationStatus.CODEC, BootNotificationConfirmation::status)
            .required("currentTime", ValueCodecs.DATE_TIME, BootNotificationConfirmation::currentTime)
            .requiredInt("interval", BootNotificationConfirmation::interval)
            .build();

    public BootNotificationConfirmation {
        Check.required("status", status);
        Check.required("currentTime", currentTime);
    }

    @Override
    public Action action() {
        return Action.BOOT_NOTIFICATION;
    }
}
