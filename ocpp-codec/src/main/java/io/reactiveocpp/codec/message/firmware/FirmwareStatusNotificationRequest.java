package io.reactiveocpp.codec.message.firmware;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.FirmwareStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code FirmwareStatusNotification.req} (OCPP 1.6 edition 2, section 6.19), sent from charge point to central system.
 *
 * @param status required
 */
public record FirmwareStatusNotificationRequest(
        FirmwareStatus status) implements Request<FirmwareStatusNotificationConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<FirmwareStatusNotificationRequest> CODEC = ObjectCodec.<FirmwareStatusNotificationRequest>builder(
                    v -> new FirmwareStatusNotificationRequest((FirmwareStatus) v[0]))
            .required("status", FirmwareStatus.CODEC, FirmwareStatusNotificationRequest::status)
            .build();

    public FirmwareStatusNotificationRequest {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.FIRMWARE_STATUS_NOTIFICATION;
    }
}
