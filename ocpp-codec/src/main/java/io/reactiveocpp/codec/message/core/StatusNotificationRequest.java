package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.ChargePointErrorCode;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.validate.Check;

import java.time.Instant;

/**
 * {@code StatusNotification.req} (OCPP 1.6 edition 2, section 6.47), sent from charge point to central system.
 *
 * @param connectorId required
 * @param errorCode required
 * @param info optional, at most 50 characters
 * @param status required
 * @param timestamp optional, UTC on the wire
 * @param vendorId optional, at most 255 characters
 * @param vendorErrorCode optional, at most 50 characters
 */
public record StatusNotificationRequest(
        int connectorId,
        ChargePointErrorCode errorCode,
        String info,
        ChargePointStatus status,
        Instant timestamp,
        String vendorId,
        String vendorErrorCode) implements Request<StatusNotificationConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<StatusNotificationRequest> CODEC = ObjectCodec.<StatusNotificationRequest>builder(
                    v -> new StatusNotificationRequest(
                            (int) v[0],
                            (ChargePointErrorCode) v[1],
                            (String) v[2],
                            (ChargePointStatus) v[3],
                            (Instant) v[4],
                            (String) v[5],
                            (String) v[6]))
            .requiredInt("connectorId", StatusNotificationRequest::connectorId)
            .required("errorCode", ChargePointErrorCode.CODEC, StatusNotificationRequest::errorCode)
            .optional("info", ValueCodecs.STRING, StatusNotificationRequest::info)
            .required("status", ChargePointStatus.CODEC, StatusNotificationRequest::status)
            .optional("timestamp", ValueCodecs.DATE_TIME, StatusNotificationRequest::timestamp)
            .optional("vendorId", ValueCodecs.STRING, StatusNotificationRequest::vendorId)
            .optional("vendorErrorCode", ValueCodecs.STRING, StatusNotificationRequest::vendorErrorCode)
            .build();

    public StatusNotificationRequest {
        Check.required("errorCode", errorCode);
        info = Check.maxLength("info", info, 50);
        Check.required("status", status);
        vendorId = Check.maxLength("vendorId", vendorId, 255);
        vendorErrorCode = Check.maxLength("vendorErrorCode", vendorErrorCode, 50);
    }

    @Override
    public Action action() {
        return Action.STATUS_NOTIFICATION;
    }
}
