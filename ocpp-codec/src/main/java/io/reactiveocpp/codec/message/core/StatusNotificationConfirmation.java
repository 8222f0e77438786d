package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;

/**
 * {@code StatusNotification.conf} (OCPP 1.6 edition 2, section 6.48), sent from central system to charge point.
 */
public record StatusNotificationConfirmation() implements Confirmation {

    /** The one instance: this payload has no properties. */
    public static final StatusNotificationConfirmation INSTANCE = new StatusNotificationConfirmation();

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<StatusNotificationConfirmation> CODEC = ObjectCodec.<StatusNotificationConfirmation>builder(v -> INSTANCE)
            .build();

    @Override
    public Action action() {
        return Action.STATUS_NOTIFICATION;
    }
}
