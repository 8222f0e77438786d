package io.reactiveocpp.codec.message.firmware;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;

/**
 * {@code FirmwareStatusNotification.conf} (OCPP 1.6 edition 2, section 6.20), sent from central system to charge point.
 */
public record FirmwareStatusNotificationConfirmation() implements Confirmation {

    /** The one instance: this payload has no properties. */
    public static final FirmwareStatusNotificationConfirmation INSTANCE = new FirmwareStatusNotificationConfirmation();

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<FirmwareStatusNotificationConfirmation> CODEC = ObjectCodec.<FirmwareStatusNotificationConfirmation>builder(v -> INSTANCE)
            .build();

    @Override
    public Action action() {
        return Action.FIRMWARE_STATUS_NOTIFICATION;
    }
}
