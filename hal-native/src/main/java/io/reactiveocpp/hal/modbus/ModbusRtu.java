package io.reactiveocpp.hal.modbus;

import io.reactiveocpp.hal.modbus.ReadResponse.ExceptionResponse;
import io.reactiveocpp.hal.modbus.ReadResponse.Registers;

/**
 * The Modbus RTU frame codec for reading registers (functions 0x03 and 0x04). An RTU frame (ADU) is the
 * slave address, the PDU and the {@link Crc16} (Modbus over Serial Line V1.02 §2.5.1):
 * <pre>
 * request:   slave | fc | address hi lo | count hi lo | crc lo hi          (8 bytes)
 * response:  slave | fc | byte count n  | n data bytes | crc lo hi        (5 + n bytes)
 * exception: slave | fc + 0x80 | exception code | crc lo hi                (5 bytes)
 * </pre>
 * Decoding never throws on bad bytes: it returns {@link Decoded.Invalid} with the {@link ModbusError}.
 */
public final class ModbusRtu {

    /** The length of a read request frame. */
    public static final int REQUEST_LENGTH = 8;
    /** The longest read response frame: 125 registers. */
    public static final int MAX_RESPONSE_LENGTH = 5 + 2 * ReadRequest.MAX_COUNT;
    /** How many bytes of a response tell its length (see {@link #responseLength}). */
    public static final int HEADER_LENGTH = 3;

    private ModbusRtu() {
    }

    /** The 8-byte frame of a read request. */
    public static byte[] encodeRequest(ReadRequest request) {
        byte[] frame = new byte[REQUEST_LENGTH];
        frame[0] = (byte) request.slave();
        frame[1] = (byte) request.kind().functionCode();
        frame[2] = (byte) (request.address() >>> 8);
        frame[3] = (byte) request.address();
        frame[4] = (byte) (request.count() >>> 8);
        frame[5] = (byte) request.count();
        Crc16.append(frame, 6);
        return frame;
    }

    /** The request in the first {@code length} bytes of {@code frame}, as a meter would decode it. */
    public static Decoded<ReadRequest> decodeRequest(byte[] frame, int length) {
        if (length != REQUEST_LENGTH) {
            return Decoded.invalid(ModbusError.WRONG_LENGTH, "a read request has 8 bytes, got " + length);
        }
        if (!Crc16.matches(frame, length)) {
            return Decoded.invalid(ModbusError.CRC_MISMATCH, "request CRC mismatch");
        }
        RegisterKind kind = RegisterKind.ofFunction(frame[1] & 0xFF);
        int slave = frame[0] & 0xFF;
        int address = u16(frame, 2);
        int count = u16(frame, 4);
        if (kind == null || slave < 1 || slave > 247 || count < 1 || count > ReadRequest.MAX_COUNT
                || address + count > 0x10000) {
            return Decoded.invalid(ModbusError.ILLEGAL_REQUEST, "not a register read: fc " + (frame[1] & 0xFF)
                    + ", slave " + slave + ", address " + address + ", count " + count);
        }
        return Decoded.valid(new ReadRequest(slave, kind, address, count));
    }

    /** The response frame carrying {@code data} (two bytes per register, high byte first). */
    public static byte[] encodeResponse(int slave, RegisterKind kind, byte[] data) {
        if (data.length % 2 != 0 || data.length > 2 * ReadRequest.MAX_COUNT) {
            throw new IllegalArgumentException("data must be 2 to 250 bytes, an even number; got " + data.length);
        }
        byte[] frame = new byte[5 + data.length];
        frame[0] = (byte) slave;
        frame[1] = (byte) kind.functionCode();
        frame[2] = (byte) data.length;
        System.arraycopy(data, 0, frame, 3, data.length);
        Crc16.append(frame, 3 + data.length);
        return frame;
    }

    /** The exception response frame for a read of {@code kind}. */
    public static byte[] encodeException(int slave, RegisterKind kind, int exceptionCode) {
        byte[] frame = {(byte) slave, (byte) (kind.functionCode() | 0x80), (byte) exceptionCode, 0, 0};
        Crc16.append(frame, 3);
        return frame;
    }

    /**
     * The length of the whole response frame that starts with these {@value #HEADER_LENGTH} bytes: 5 for an
     * exception response, 5 + byte count otherwise. A reader reads the header first, then the rest.
     */
    public static int responseLength(byte[] header) {
        return (header[1] & 0x80) != 0 ? 5 : 5 + (header[2] & 0xFF);
    }

    /** The answer to {@code request} in the first {@code length} bytes of {@code frame}. */
    public static Decoded<ReadResponse> decodeResponse(ReadRequest request, byte[] frame, int length) {
        if (length < 5) {
            return Decoded.invalid(length == 0 ? ModbusError.TIMEOUT : ModbusError.TRUNCATED,
                    "answer of " + length + " bytes");
        }
        if (!Crc16.matches(frame, length)) {
            return Decoded.invalid(ModbusError.CRC_MISMATCH, "CRC mismatch in " + length + " bytes");
        }
        int slave = frame[0] & 0xFF;
        if (slave != request.slave()) {
            return Decoded.invalid(ModbusError.WRONG_SLAVE, "slave " + slave + " answered, asked " + request.slave());
        }
        int function = frame[1] & 0xFF;
        int expected = request.kind().functionCode();
        if (function == (expected | 0x80)) {
            return length == 5
                    ? Decoded.valid(new ExceptionResponse(frame[2] & 0xFF))
                    : Decoded.invalid(ModbusError.WRONG_LENGTH, "exception response of " + length + " bytes");
        }
        if (function != expected) {
            return Decoded.invalid(ModbusError.WRONG_FUNCTION, "function " + function + ", asked " + expected);
        }
        int byteCount = frame[2] & 0xFF;
        if (byteCount != 2 * request.count() || length != 5 + byteCount) {
            return Decoded.invalid(ModbusError.WRONG_LENGTH, "byte count " + byteCount + " in " + length
                    + " bytes, asked " + request.count() + " registers");
        }
        return Decoded.valid(new Registers(request.address(), frame, 3, request.count()));
    }

    private static int u16(byte[] frame, int offset) {
        return (frame[offset] & 0xFF) << 8 | frame[offset + 1] & 0xFF;
    }
}
