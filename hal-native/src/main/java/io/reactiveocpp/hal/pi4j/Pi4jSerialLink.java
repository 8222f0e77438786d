package io.reactiveocpp.hal.pi4j;

import com.pi4j.io.serial.Serial;
import io.reactiveocpp.hal.HardwareException;
import io.reactiveocpp.hal.modbus.SerialLink;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * A {@link SerialLink} on a Pi4J {@link Serial} port, for a context with a serial provider of its own (the mock
 * platform's); the station on a board uses {@link JSerialCommLink}, since Pi4J 2.8.0's only working serial provider
 * needs the pigpio daemon (root, 8N1 only). Pi4J's reads do not wait, so a read polls the port
 * every {@value #POLL_MICROS} µs until the bytes are there or the timeout has passed; at 9600 baud a byte
 * takes about 1 ms, so nothing is lost by polling.
 *
 * <p>Threads: blocking, one caller at a time (the meter's scheduler).
 */
public final class Pi4jSerialLink implements SerialLink {

    static final long POLL_MICROS = 500;

    private final Pi4jIo io;
    private final String id;
    private final Serial serial;

    private Pi4jSerialLink(Pi4jIo io, String id, Serial serial) {
        this.io = io;
        this.id = id;
        this.serial = serial;
    }

    /** Opens the port of {@code config}, registered in Pi4J as {@code id}. */
    public static Pi4jSerialLink open(Pi4jIo io, String id, SerialLinkConfig config) {
        try {
            return new Pi4jSerialLink(io, id, io.serial(id, config));
        } catch (RuntimeException e) {
            throw new HardwareException("cannot open serial port " + config.device() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(byte[] data, int offset, int length) {
        try {
            int written = serial.write(data, offset, length);
            if (written < 0) {
                throw new HardwareException("serial write failed with " + written);
            }
        } catch (HardwareException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new HardwareException("serial write failed: " + e.getMessage(), e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int received = 0;
        try {
            while (received < length) {
                int available = serial.available();
                if (available > 0) {
                    int n = serial.read(buffer, offset + received, Math.min(available, length - received));
                    if (n < 0) {
                        throw new HardwareException("serial read failed with " + n);
                    }
                    received += n;
                } else if (System.nanoTime() - deadline >= 0) {
                    break;
                } else {
                    LockSupport.parkNanos(POLL_MICROS * 1000);
                }
            }
        } catch (HardwareException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new HardwareException("serial read failed: " + e.getMessage(), e);
        }
        return received;
    }

    @Override
    public void discardInput() {
        try {
            serial.drain();
        } catch (RuntimeException e) {
            throw new HardwareException("serial drain failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        io.release(id);
    }
}
