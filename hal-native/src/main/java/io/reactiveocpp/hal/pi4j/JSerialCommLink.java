package io.reactiveocpp.hal.pi4j;

import com.fazecast.jSerialComm.SerialPort;
import io.reactiveocpp.hal.HardwareException;
import io.reactiveocpp.hal.modbus.SerialLink;

import java.time.Duration;

/**
 * A {@link SerialLink} on a tty opened with jSerialComm: {@code /dev/ttyUSB0}, {@code /dev/ttyAMA0}, {@code /dev/ttyS0}
 * or a pseudo-terminal, on any Linux board, as any member of the device's group ({@code dialout}); no daemon, no root.
 *
 * <p>Reads block in the kernel for at most the time asked (jSerialComm's {@code TIMEOUT_READ_BLOCKING}), so the
 * Modbus client's timing is the one the {@link Pi4jSerialLink} had: wait up to the response timeout for an answer's
 * header, then again for its remaining bytes.
 *
 * <p>jSerialComm extracts its native library on first use to {@code ${java.io.tmpdir}/jSerialComm/reactive-ocpp/<version>}
 * (the app id keeps other programs' jSerialComm from cleaning it up), falling back to {@code ~/.jSerialComm}. Under
 * systemd's {@code PrivateTmp=true} that is the service's own {@code /tmp}, writable by its user; a {@code /tmp}
 * mounted {@code noexec} needs {@code -Djava.io.tmpdir=} a directory the service user may write and execute from.
 *
 * <p>Threads: blocking, one caller at a time (the meter's scheduler).
 */
public final class JSerialCommLink implements SerialLink {

    static final String APP_ID_PROPERTY = "fazecast.jSerialComm.appid";
    static final String APP_ID = "reactive-ocpp";
    /** Writes of a Modbus request (8 bytes) never wait this long unless the port is gone. */
    static final int WRITE_TIMEOUT_MILLIS = 1000;

    static {
        // before SerialPort's static initializer runs: it reads the id to name its extraction directory
        if (System.getProperty(APP_ID_PROPERTY) == null) {
            System.setProperty(APP_ID_PROPERTY, APP_ID);
        }
    }

    private final SerialPort port;
    private final String device;
    private int readTimeoutMillis = -1;

    private JSerialCommLink(SerialPort port, String device) {
        this.port = port;
        this.device = device;
    }

    /**
     * Opens {@code config.device()} with its baud rate and framing, without flow control. A port that cannot be
     * opened (missing, busy, not permitted) or configured, and a native library that cannot be loaded, throw
     * {@link HardwareException} naming the device and what to check.
     */
    public static JSerialCommLink open(SerialLinkConfig config) {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(config.device());
        } catch (LinkageError e) {
            throw new HardwareException("cannot open serial port " + config.device() + ": jSerialComm's native library "
                    + "does not load from java.io.tmpdir=" + System.getProperty("java.io.tmpdir")
                    + " (it must be writable and not noexec for the service user): " + e, e);
        } catch (RuntimeException e) {
            throw new HardwareException("cannot open serial port " + config.device() + ": " + e.getMessage(), e);
        }
        if (!port.setComPortParameters(config.baud(), config.dataBits(), stopBits(config.stopBits()),
                parity(config.parity())) | !port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED)) {
            throw new HardwareException("cannot configure serial port " + config.device());
        }
        if (!port.openPort()) {
            throw new HardwareException("cannot open serial port " + config.device() + ": " + why(port.getLastErrorCode()));
        }
        return new JSerialCommLink(port, config.device());
    }

    private static String why(int errno) {
        return switch (errno) {
            case 2 -> "no such device (errno 2)";
            case 13 -> "permission denied (errno 13): the service user must be in the device's group, dialout for "
                    + "ttyUSB/ttyAMA/ttyS (deploy/udev/99-reactive-ocpp.rules)";
            case 16 -> "device busy (errno 16): another program holds it";
            default -> "error " + errno;
        };
    }

    private static int stopBits(int stopBits) {
        return stopBits == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT;
    }

    private static int parity(String parity) {
        return switch (parity) {
            case "even" -> SerialPort.EVEN_PARITY;
            case "odd" -> SerialPort.ODD_PARITY;
            default -> SerialPort.NO_PARITY;
        };
    }

    @Override
    public void write(byte[] data, int offset, int length) {
        int written = port.writeBytes(data, length, offset);
        if (written != length) {
            throw new HardwareException("serial write to " + device + " failed: " + written + " of " + length + " bytes");
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int received = 0;
        while (received < length) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            readTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000)));
            int n = port.readBytes(buffer, length - received, offset + received);
            if (n < 0) {
                throw new HardwareException("serial read from " + device + " failed: " + why(port.getLastErrorCode()));
            }
            if (n == 0) {
                break; // the kernel waited the whole timeout: silence
            }
            received += n;
        }
        return received;
    }

    /** Sets the blocking read's timeout, only when it changes (it is a tcsetattr each time). */
    private void readTimeout(int millis) {
        if (millis != readTimeoutMillis) {
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, millis,
                    WRITE_TIMEOUT_MILLIS);
            readTimeoutMillis = millis;
        }
    }

    @Override
    public void discardInput() {
        if (port.bytesAvailable() > 0 && !port.flushIOBuffers()) {
            throw new HardwareException("serial flush of " + device + " failed");
        }
    }

    @Override
    public void close() {
        port.closePort();
    }
}
