package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code MessageTrigger}.
 */
public enum MessageTrigger implements SpecEnum {
    BOOT_NOTIFICATION("BootNotification"),
    DIAGNOSTICS_STATUS_NOTIFICATION("DiagnosticsStatusNotification"),
    FIRMWARE_STATUS_NOTIFICATION("FirmwareStatusNotification"),
    HEARTBEAT("Heartbeat"),
    METER_VALUES("MeterValues"),
    STATUS_NOTIFICATION("StatusNotification");

    /** Reads and writes the literal. */
    public static final EnumCodec<MessageTrigger> CODEC = EnumCodec.of(values());

    private final String literal;

    MessageTrigger(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static MessageTrigger fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
