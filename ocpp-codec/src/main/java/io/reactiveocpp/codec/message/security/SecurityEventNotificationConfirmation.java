package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;

/**
 * {@code SecurityEventNotification.conf} (OCPP 1.6 Security Whitepaper edition 2), sent from central system to charge point.
 */
public record SecurityEventNotificationConfirmation() implements Confirmation {

    /** The one instance: this payload has no properties. */
    public static final SecurityEventNotificationConfirmation INSTANCE = new SecurityEventNotificationConfirmation();

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<SecurityEventNotificationConfirmation> CODEC = ObjectCodec.<SecurityEventNotificationConfirmation>builder(v -> INSTANCE)
            .build();

    @Override
    public Action action() {
        return Action.SECURITY_EVENT_NOTIFICATION;
    }
}
