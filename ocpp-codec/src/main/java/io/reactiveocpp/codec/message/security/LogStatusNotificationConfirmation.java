package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;

/**
 * {@code LogStatusNotification.conf} (OCPP 1.6 Security Whitepaper edition 2), sent from central system to charge point.
 */
public record LogStatusNotificationConfirmation() implements Confirmation {

    /** The one instance: this payload has no properties. */
    public static final LogStatusNotificationConfirmation INSTANCE = new LogStatusNotificationConfirmation();

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<LogStatusNotificationConfirmation> CODEC = ObjectCodec.<LogStatusNotificationConfirmation>builder(v -> INSTANCE)
            .build();

    @Override
    public Action action() {
        return Action.LOG_STATUS_NOTIFICATION;
    }
}
