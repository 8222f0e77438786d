package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code ExtendedMessageTrigger}.
 */
public enum ExtendedMessageTrigger implements SpecEnum {
    BOOT_NOTIFICATION("BootNotification"),
    LOG_STATUS_NOTIFICATION("LogStatusNotification"),
    FIRMWARE_STATUS_NOTIFICATION("FirmwareStatusNotification"),
    HEARTBEAT("Heartbeat"),
    METER_VALUES("MeterValues"),
    SIGN_CHARGE_POINT_CERTIFICATE("SignChargePointCertificate"),
    STATUS_NOTIFICATION("StatusNotification");

    /** Reads and writes the literal. */
    public static final EnumCodec<ExtendedMessageTrigger> CODEC = EnumCodec.of(values());

    private final String literal;

    ExtendedMessageTrigger(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static ExtendedMessageTrigger fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
