package io.reactiveocpp.hal.modbus;

/**
 * Why a meter read failed: the one table from failure to the vendor error code a
 * {@link io.reactiveocpp.hal.FaultCode#POWER_METER_FAILURE} fault carries.
 */
public enum ModbusError {
    /** No byte arrived within the response timeout. */
    TIMEOUT("MODBUS_TIMEOUT", true),
    /** The answer stopped before its announced length. */
    TRUNCATED("MODBUS_TRUNCATED", true),
    /** The CRC of the answer does not match its bytes. */
    CRC_MISMATCH("MODBUS_CRC", true),
    /** Another slave answered. */
    WRONG_SLAVE("MODBUS_WRONG_SLAVE", true),
    /** The answer is for another function. */
    WRONG_FUNCTION("MODBUS_WRONG_FUNCTION", true),
    /** The byte count does not fit the request or the frame. */
    WRONG_LENGTH("MODBUS_WRONG_LENGTH", true),
    /** The serial port failed. */
    LINK_FAILURE("MODBUS_LINK", true),
    /** A request frame that is not a valid 0x03/0x04 read (decoding requests only). */
    ILLEGAL_REQUEST("MODBUS_ILLEGAL_REQUEST", false),
    /** The meter answered with an exception response. */
    EXCEPTION_RESPONSE("MODBUS_EXCEPTION", false),
    /** The meter answered values that cannot be true (NaN, negative or decreasing energy). */
    IMPLAUSIBLE_VALUE("METER_IMPLAUSIBLE", false);

    private final String vendorCode;
    private final boolean communication;

    ModbusError(String vendorCode, boolean communication) {
        this.vendorCode = vendorCode;
        this.communication = communication;
    }

    /** The fault's vendor error code. */
    public String vendorCode() {
        return vendorCode;
    }

    /**
     * Whether this is a transmission problem (noise on the bus, a lost frame) that a retry may cure, as
     * opposed to an answer the meter gave on purpose.
     */
    public boolean communication() {
        return communication;
    }
}
