package io.reactiveocpp.codec.message.firmware;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.DiagnosticsStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code DiagnosticsStatusNotification.req} (OCPP 1.6 edition 2, section 6.17), sent from charge point to central system.
 *
 * @param status required
 */
public record DiagnosticsStatusNotificationRequest(
        DiagnosticsStatus status) implements Request<DiagnosticsStatusNotificationConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<DiagnosticsStatusNotificationRequest> CODEC = ObjectCodec.<DiagnosticsStatusNotificationRequest>builder(
                    v -> new DiagnosticsStatusNotificationRequest((DiagnosticsStatus) v[0]))
            .required("status", DiagnosticsStatus.CODEC, DiagnosticsStatusNotificationRequest::status)
            .build();

    public DiagnosticsStatusNotificationRequest {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.DIAGNOSTICS_STATUS_NOTIFICATION;
    }
}
