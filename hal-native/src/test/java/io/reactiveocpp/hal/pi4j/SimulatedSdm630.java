package io.reactiveocpp.hal.pi4j;

import com.fazecast.jSerialComm.SerialPort;
import io.reactiveocpp.hal.modbus.Decoded;
import io.reactiveocpp.hal.modbus.ModbusRtu;
import io.reactiveocpp.hal.modbus.ReadRequest;
import io.reactiveocpp.hal.modbus.RegisterKind;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * An Eastron SDM630 at the far end of a serial line, on a thread of its own: it answers Modbus RTU input-register
 * reads (function 0x04) addressed to its unit from a register image (float32, high word first, as the meter keeps
 * them), or misbehaves as told.
 */
final class SimulatedSdm630 implements AutoCloseable {

    enum Behaviour { ANSWER, CORRUPT_CRC, SILENT }

    private final SerialPort port;
    private final int unit;
    private final Map<Integer, Integer> registers = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    volatile Behaviour behaviour = Behaviour.ANSWER;
    /** The valid requests received, in order. */
    final List<ReadRequest> requests = new CopyOnWriteArrayList<>();

    /** Opens {@code device} at 9600 baud, 8N1, and starts answering as unit {@code unit}. */
    SimulatedSdm630(Path device, int unit) {
        this.unit = unit;
        port = SerialPort.getCommPort(device.toString());
        port.setComPortParameters(9600, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_BLOCKING, 100, 0);
        if (!port.openPort()) {
            throw new IllegalStateException("the simulated meter cannot open " + device + ": error "
                    + port.getLastErrorCode());
        }
        thread = new Thread(this::serve, "simulated-sdm630");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stores {@code value} as an IEEE 754 float, high word first. */
    SimulatedSdm630 setFloat(int address, float value) {
        int bits = Float.floatToRawIntBits(value);
        registers.put(address, bits >>> 16);
        registers.put(address + 1, bits & 0xFFFF);
        return this;
    }

    private void serve() {
        byte[] frame = new byte[ModbusRtu.REQUEST_LENGTH];
        int received = 0;
        while (running) {
            int n = port.readBytes(frame, frame.length - received, received);
            if (n <= 0) {
                received = 0; // a gap of 100 ms ends a frame (Modbus RTU: 3.5 character times)
                continue;
            }
            received += n;
            if (received == frame.length) {
                received = 0;
                answer(frame);
            }
        }
    }

    private void answer(byte[] frame) {
        if (!(ModbusRtu.decodeRequest(frame, frame.length) instanceof Decoded.Valid<ReadRequest> valid)
                || valid.value().slave() != unit || valid.value().kind() != RegisterKind.INPUT) {
            return;
        }
        ReadRequest request = valid.value();
        requests.add(request);
        if (behaviour == Behaviour.SILENT) {
            return;
        }
        byte[] values = new byte[2 * request.count()];
        for (int i = 0; i < request.count(); i++) {
            int value = registers.getOrDefault(request.address() + i, 0);
            values[2 * i] = (byte) (value >>> 8);
            values[2 * i + 1] = (byte) value;
        }
        byte[] answer = ModbusRtu.encodeResponse(unit, request.kind(), values);
        if (behaviour == Behaviour.CORRUPT_CRC) {
            answer[answer.length - 2] ^= 0x01;
        }
        port.writeBytes(answer, answer.length);
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        port.closePort();
    }
}
