package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.UploadLogStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code LogStatusNotification.req} (OCPP 1.6 Security Whitepaper edition 2), sent from charge point to central system.
 *
 * @param status required
 * @param requestId optional
 */
public record LogStatusNotificationRequest(
        UploadLogStatus status,
        Integer requestId) implements Request<LogStatusNotificationConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<LogStatusNotificationRequest> CODEC = ObjectCodec.<LogStatusNotificationRequest>builder(
                    v -> new LogStatusNotificationRequest((UploadLogStatus) v[0], (Integer) v[1]))
            .required("status", UploadLogStatus.CODEC, LogStatusNotificationRequest::status)
            .optional("requestId", ValueCodecs.INTEGER, LogStatusNotificationRequest::requestId)
            .build();

    public LogStatusNotificationRequest {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.LOG_STATUS_NOTIFICATION;
    }
}
