package io.reactiveocpp.hal.modbus;

/** The two register tables a meter is read from, with the function code that reads each. */
public enum RegisterKind {
    /** 4x registers, read with function 0x03 (Read Holding Registers). */
    HOLDING(0x03),
    /** 3x registers, read with function 0x04 (Read Input Registers). */
    INPUT(0x04);

    private final int functionCode;

    RegisterKind(int functionCode) {
        this.functionCode = functionCode;
    }

    /** The Modbus function code that reads this table. */
    public int functionCode() {
        return functionCode;
    }

    /** The kind read by a function code, or {@code null} for any other function. */
    public static RegisterKind ofFunction(int functionCode) {
        return functionCode == 0x03 ? HOLDING : functionCode == 0x04 ? INPUT : null;
    }
}
