package io.reactiveocpp.hal.modbus;

import io.reactiveocpp.hal.HardwareException;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A meter at the other end of a {@link SerialLink}: decodes each request with the codec and answers from a
 * register image, or misbehaves as told.
 */
final class FakeMeterLink implements SerialLink {

    enum Behaviour { ANSWER, SILENT, CORRUPT_CRC, WRONG_SLAVE, TRUNCATE, ILLEGAL_ADDRESS, BROKEN_PORT }

    private final int slave;
    private final Map<Integer, Integer> registers = new HashMap<>();
    private final ArrayDeque<Byte> pending = new ArrayDeque<>();
    final List<byte[]> written = new ArrayList<>();
    Behaviour behaviour = Behaviour.ANSWER;

    FakeMeterLink(int slave) {
        this.slave = slave;
    }

    /** Stores {@code value} as an IEEE 754 float, high word first. */
    FakeMeterLink setFloat(int address, float value) {
        int bits = Float.floatToRawIntBits(value);
        registers.put(address, bits >>> 16);
        registers.put(address + 1, bits & 0xFFFF);
        return this;
    }

    /** A stale byte on the line, as a late answer to an earlier request would leave. */
    void noise(byte b) {
        pending.add(b);
    }

    @Override
    public void write(byte[] data, int offset, int length) {
        if (behaviour == Behaviour.BROKEN_PORT) {
            throw new HardwareException("port gone");
        }
        byte[] frame = java.util.Arrays.copyOfRange(data, offset, offset + length);
        written.add(frame);
        Decoded<ReadRequest> decoded = ModbusRtu.decodeRequest(frame, frame.length);
        if (!(decoded instanceof Decoded.Valid<ReadRequest> valid) || valid.value().slave() != slave) {
            return;
        }
        ReadRequest request = valid.value();
        byte[] values = new byte[2 * request.count()];
        for (int i = 0; i < request.count(); i++) {
            int value = registers.getOrDefault(request.address() + i, 0);
            values[2 * i] = (byte) (value >>> 8);
            values[2 * i + 1] = (byte) value;
        }
        byte[] answer = switch (behaviour) {
            case ILLEGAL_ADDRESS -> ModbusRtu.encodeException(slave, request.kind(), 2);
            case WRONG_SLAVE -> ModbusRtu.encodeResponse(slave + 1, request.kind(), values);
            default -> ModbusRtu.encodeResponse(slave, request.kind(), values);
        };
        if (behaviour == Behaviour.CORRUPT_CRC) {
            answer[answer.length - 1] ^= 0x55;
        }
        int sent = behaviour == Behaviour.TRUNCATE ? answer.length - 3 : answer.length;
        if (behaviour != Behaviour.SILENT) {
            for (int i = 0; i < sent; i++) {
                pending.add(answer[i]);
            }
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) {
        int n = 0;
        while (n < length && !pending.isEmpty()) {
            buffer[offset + n++] = pending.poll();
        }
        return n;
    }

    @Override
    public void discardInput() {
        pending.clear();
    }

    @Override
    public void close() {
    }
}
