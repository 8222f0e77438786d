package io.reactiveocpp.hal.modbus;

/**
 * The order of the two registers of a 32-bit value. Bytes within a register are always big-endian
 * (Modbus Application Protocol §4.2); the word order is the device's choice.
 */
public enum WordOrder {
    /** The high word in the lower register address, as Eastron meters send IEEE 754 floats ("ABCD"). */
    HIGH_FIRST,
    /** The low word in the lower register address ("CDAB"). */
    LOW_FIRST
}
