package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;

/**
 * {@code SignedFirmwareStatusNotification.conf} (OCPP 1.6 Security Whitepaper edition 2), sent from central system to charge point.
 */
public record SignedFirmwareStatusNotificationConfirmation() implements Confirmation {

    /** The one instance: this payload has no properties. */
    public static final SignedFirmwareStatusNotificationConfirmation INSTANCE = new SignedFirmwareStatusNotificationConfirmation();

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<SignedFirmwareStatusNotificationConfirmation> CODEC = ObjectCodec.<SignedFirmwareStatusNotificationConfirmation>builder(v -> INSTANCE)
            .build();

    @Override
    public Action action() {
        return Action.SIGNED_FIRMWARE_STATUS_NOTIFICATION;
    }
}
