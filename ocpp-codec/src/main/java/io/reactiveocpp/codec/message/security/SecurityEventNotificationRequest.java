package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.validate.Check;

import java.time.Instant;

/**
 * {@code SecurityEventNotification.req} (OCPP 1.6 Security Whitepaper edition 2), sent from charge point to central system.
 *
 * @param type required, at most 50 characters
 * @param timestamp required, UTC on the wire
 * @param techInfo optional, at most 255 characters
 */
public record SecurityEventNotificationRequest(
        String type,
        Instant timestamp,
        String techInfo) implements Request<SecurityEventNotificationConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<SecurityEventNotificationRequest> CODEC = ObjectCodec.<SecurityEventNotificationRequest>builder(
                    v -> new SecurityEventNotificationRequest((String) v[0], (Instant) v[1], (String) v[2]))
            .required("type", ValueCodecs.STRING, SecurityEventNotificationRequest::type)
            .required("timestamp", ValueCodecs.DATE_TIME, SecurityEventNotificationRequest::timestamp)
            .optional("techInfo", ValueCodecs.STRING, SecurityEventNotificationRequest::techInfo)
            .build();

    public SecurityEventNotificationRequest {
        type = Check.requiredMaxLength("type", type, 50);
        Check.required("timestamp", timestamp);
        techInfo = Check.maxLength("techInfo", techInfo, 255);
    }

    @Override
    public Action action() {
        return Action.SECURITY_EVENT_NOTIFICATION;
    }
}
