package io.reactiveocpp.hal.modbus;

/**
 * The CRC-16 of Modbus RTU (Modbus over Serial Line V1.02, "CRC generation"): reflected polynomial 0xA001, initial
 * value 0xFFFF, no final XOR. On the wire the low byte goes first.
 */
public final class Crc16 {

    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
            TABLE[i] = crc;
        }
    }

    private Crc16() {
    }

    /** The CRC of {@code length} bytes from {@code offset}, as an unsigned 16-bit value. */
    public static int of(byte[] data, int offset, int length) {
        int crc = 0xFFFF;
        for (int i = offset, end = offset + length; i < end; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ data[i]) & 0xFF];
        }
        return crc;
    }

    /** Writes the CRC of the first {@code length} bytes right behind them, low byte first. */
    static void append(byte[] frame, int length) {
        int crc = of(frame, 0, length);
        frame[length] = (byte) crc;
        frame[length + 1] = (byte) (crc >>> 8);
    }

    /** Whether the last two bytes of a frame of {@code length} bytes are the CRC of the bytes before them. */
    static boolean matches(byte[] frame, int length) {
        int crc = of(frame, 0, length - 2);
        return (frame[length - 2] & 0xFF) == (crc & 0xFF) && (frame[length - 1] & 0xFF) == crc >>> 8;
    }
}
