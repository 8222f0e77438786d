package io.reactiveocpp.codec.message.firmware;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;

/**
 * {@code DiagnosticsStatusNotification.conf} (OCPP 1.6 edition 2, section 6.18), sent from central system to charge point.
 */
public record DiagnosticsStatusNotificationConfirmation() implements Confirmation {

    /** The one instance: this payload has no properties. */
    public static final DiagnosticsStatusNotificationConfirmation INSTANCE = new DiagnosticsStatusNotificationConfirmation();

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<DiagnosticsStatusNotificationConfirmation> CODEC = ObjectCodec.<DiagnosticsStatusNotificationConfirmation>builder(v -> INSTANCE)
            .build();

    @Override
    public Action action() {
        return Action.DIAGNOSTICS_STATUS_NOTIFICATION;
    }
}
