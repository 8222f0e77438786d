package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code ChargePointErrorCode}.
 */
public enum ChargePointErrorCode implements SpecEnum {
    CONNECTOR_LOCK_FAILURE("ConnectorLockFailure"),
    EV_COMMUNICATION_ERROR("EVCommunicationError"),
    GROUND_FAILURE("GroundFailure"),
    HIGH_TEMPERATURE("HighTemperature"),
    INTERNAL_ERROR("InternalError"),
    LOCAL_LIST_CONFLICT("LocalListConflict"),
    NO_ERROR("NoError"),
    OTHER_ERROR("OtherError"),
    OVER_CURRENT_FAILURE("OverCurrentFailure"),
    POWER_METER_FAILURE("PowerMeterFailure"),
    POWER_SWITCH_FAILURE("PowerSwitchFailure"),
    READER_FAILURE("ReaderFailure"),
    RESET_FAILURE("ResetFailure"),
    UNDER_VOLTAGE("UnderVoltage"),
    OVER_VOLTAGE("OverVoltage"),
    WEAK_SIGNAL("WeakSignal");

    /** Reads and writes the literal. */
    public static final EnumCodec<ChargePointErrorCode> CODEC = EnumCodec.of(values());

    private final String literal;

    ChargePointErrorCode(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static ChargePointErrorCode fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
