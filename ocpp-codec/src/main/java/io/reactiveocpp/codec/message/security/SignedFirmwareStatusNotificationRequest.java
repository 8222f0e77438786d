package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.SignedFirmwareStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code SignedFirmwareStatusNotification.req} (OCPP 1.6 Security Whitepaper edition 2), sent from charge point to central system.
 *
 * @param status required
 * @param requestId optional
 */
public record SignedFirmwareStatusNotificationRequest(
        SignedFirmwareStatus status,
        Integer requestId) implements Request<SignedFirmwareStatusNotificationConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<SignedFirmwareStatusNotificationRequest> CODEC = ObjectCodec.<SignedFirmwareStatusNotificationRequest>builder(
                    v -> new SignedFirmwareStatusNotificationRequest(
                            (SignedFirmwareStatus) v[0],
                            (Integer) v[1]))
            .required("status", SignedFirmwareStatus.CODEC, SignedFirmwareStatusNotificationRequest::status)
            .optional("requestId", ValueCodecs.INTEGER, SignedFirmwareStatusNotificationRequest::requestId)
            .build();

    public SignedFirmwareStatusNotificationRequest {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.SIGNED_FIRMWARE_STATUS_NOTIFICATION;
    }
}
