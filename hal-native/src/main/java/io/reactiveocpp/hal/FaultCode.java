package io.reactiveocpp.hal;

/**
 * Hardware fault kinds. They are the hardware-related values of OCPP 1.6's ChargePointErrorCode, with the
 * same literal, so the engine maps them one to one; the SPI itself holds no OCPP type.
 */
public enum FaultCode {
    CONNECTOR_LOCK_FAILURE("ConnectorLockFailure"),
    EV_COMMUNICATION_ERROR("EVCommunicationError"),
    GROUND_FAILURE("GroundFailure"),
    HIGH_TEMPERATURE("HighTemperature"),
    INTERNAL_ERROR("InternalError"),
    OTHER_ERROR("OtherError"),
    OVER_CURRENT_FAILURE("OverCurrentFailure"),
    OVER_VOLTAGE("OverVoltage"),
    POWER_METER_FAILURE("PowerMeterFailure"),
    POWER_SWITCH_FAILURE("PowerSwitchFailure"),
    READER_FAILURE("ReaderFailure"),
    UNDER_VOLTAGE("UnderVoltage"),
    WEAK_SIGNAL("WeakSignal");

    private final String literal;

    FaultCode(String literal) {
        this.literal = literal;
    }

    /** The ChargePointErrorCode literal. */
    public String literal() {
        return literal;
    }

    /** The code of a literal such as {@code GroundFailure}; {@link IllegalArgumentException} names the allowed ones. */
    public static FaultCode fromLiteral(String literal) {
        for (FaultCode code : values()) {
            if (code.literal.equals(literal)) {
                return code;
            }
        }
        throw new IllegalArgumentException("unknown fault code " + literal + "; one of "
                + java.util.Arrays.stream(values()).map(FaultCode::literal).toList());
    }
}
