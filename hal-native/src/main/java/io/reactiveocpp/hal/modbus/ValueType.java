package io.reactiveocpp.hal.modbus;

import io.reactiveocpp.hal.modbus.ReadResponse.Registers;

/** How a value is stored in registers. */
public enum ValueType {
    /** IEEE 754 single precision in two registers. */
    FLOAT32("float32", 2),
    /** Two's complement in two registers. */
    INT32("int32", 2),
    UINT32("uint32", 2),
    INT16("int16", 1),
    UINT16("uint16", 1);

    private final String key;
    private final int width;

    ValueType(String key, int width) {
        this.key = key;
        this.width = width;
    }

    /** The name in a register map file. */
    public String key() {
        return key;
    }

    /** How many registers a value takes. */
    public int width() {
        return width;
    }

    /** The value at {@code address} in {@code registers}. */
    public double read(Registers registers, int address, WordOrder order) {
        switch (this) {
            case FLOAT32: return registers.float32(address, order);
            case INT32: return registers.bits32(address, order);
            case UINT32: return Integer.toUnsignedLong(registers.bits32(address, order));
            case INT16: return (short) registers.u16(address);
            default: return registers.u16(address);
        }
    }

    /** The type named {@code key} in a map file; {@link IllegalArgumentException} names the allowed ones. */
    static ValueType of(String key) {
        for (ValueType type : values()) {
            if (type.key.equals(key)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown value type " + key + "; one of float32, int32, uint32, int16, uint16");
    }
}
