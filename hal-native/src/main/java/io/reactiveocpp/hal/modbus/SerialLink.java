package io.reactiveocpp.hal.modbus;

import java.time.Duration;

/**
 * A half-duplex serial line to Modbus devices (RS-485), as plain blocking byte I/O.
 *
 * <p>Threads: blocking; call it from one thread at a time (the meter's own scheduler). Failures of the port
 * itself throw {@link io.reactiveocpp.hal.HardwareException}; silence is not a failure, it is a short read.
 */
public interface SerialLink extends AutoCloseable {

    /** Sends {@code length} bytes from {@code offset}; returns once they are handed to the port. */
    void write(byte[] data, int offset, int length);

    /**
     * Reads up to {@code length} bytes into {@code buffer} from {@code offset}, waiting at most
     * {@code timeout} for all of them; returns how many arrived (fewer than asked, possibly 0, on timeout).
     */
    int read(byte[] buffer, int offset, int length, Duration timeout);

    /** Drops whatever has been received and not read (a late answer to an earlier request). */
    void discardInput();

    /** Releases the port. */
    @Override
    void close();
}
