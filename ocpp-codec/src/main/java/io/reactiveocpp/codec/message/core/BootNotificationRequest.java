package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code BootNotification.req} (OCPP 1.6 edition 2, section 6.3), sent from charge point to central system.
 *
 * @param chargePointVendor required, at most 20 characters
 * @param chargePointModel required, at most 20 characters
 * @param chargePointSerialNumber optional, at most 25 characters
 * @param chargeBoxSerialNumber optional, at most 25 characters
 * @param firmwareVersion optional, at most 50 characters
 * @param iccid optional, at most 20 characters
 * @param imsi optional, at most 20 characters
 * @param meterType optional, at most 25 characters
 * @param meterSerialNumber optional, at most 25 characters
 */
public record BootNotificationRequest(
        String chargePointVendor,
        String chargePointModel,
        String chargePointSerialNumber,
        String chargeBoxSerialNumber,
        String firmwareVersion,
        String iccid,
        String imsi,
        String meterType,
        String meterSerialNumber) implements Request<BootNotificationConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<BootNotificationRequest> CODEC = ObjectCodec.<BootNotificationRequest>builder(
                    v -> new BootNotificationRequest(
                            (String) v[0],
                            (String) v[1],
                            (String) v[2],
                            (String) v[3],
                            (String) v[4],
                            (String) v[5],
                            (String) v[6],
                            (String) v[7],
                            (String) v[8]))
            .required("chargePointVendor", ValueCodecs.STRING, BootNotificationRequest::chargePointVendor)
            .required("chargePointModel", ValueCodecs.STRING, BootNotificationRequest::chargePointModel)
            .optional("chargePointSerialNumber", ValueCodecs.STRING, BootNotificationRequest::chargePointSerialNumber)
            .optional("chargeBoxSerialNumber", ValueCodecs.STRING, BootNotificationRequest::chargeBoxSerialNumber)
            .optional("firmwareVersion", ValueCodecs.STRING, BootNotificationRequest::firmwareVersion)
            .optional("iccid", ValueCodecs.STRING, BootNotificationRequest::iccid)
            .optional("imsi", ValueCodecs.STRING, BootNotificationRequest::imsi)
            .optional("meterType", ValueCodecs.STRING, BootNotificationRequest::meterType)
            .optional("meterSerialNumber", ValueCodecs.STRING, BootNotificationRequest::meterSerialNumber)
            .build();

    public BootNotificationRequest {
        chargePointVendor = Check.requiredMaxLength("chargePointVendor", chargePointVendor, 20);
        chargePointModel = Check.requiredMaxLength("chargePointModel", chargePointModel, 20);
        chargePointSerialNumber = Check.maxLength("chargePointSerialNumber", chargePointSerialNumber, 25);
        chargeBoxSerialNumber = Check.maxLength("chargeBoxSerialNumber", chargeBoxSerialNumber, 25);
        firmwareVersion = Check.maxLength("firmwareVersion", firmwareVersion, 50);
        iccid = Check.maxLength("iccid", iccid, 20);
        imsi = Check.maxLength("imsi", imsi, 20);
        meterType = Check.maxLength("meterType", meterType, 25);
        meterSerialNumber = Check.maxLength("meterSerialNumber", meterSerialNumber, 25);
    }

    @Override
    public Action action() {
        return Action.BOOT_NOTIFICATION;
    }
}
