package io.reactiveocpp.hal.pi4j;

import com.pi4j.io.spi.Spi;
import io.reactiveocpp.hal.HardwareException;

/**
 * The MCP3008 10-bit ADC on SPI (Microchip MCP3004/3008 data sheet, "Using the MCP3004/3008 with
 * microcontroller SPI ports"): one conversion is a 3-byte transfer.
 * <pre>
 * out:  0000 0001 | S D2 D1 D0 xxxx | xxxx xxxx      start bit; S = 1 single-ended; D2..D0 the channel
 * in:   ???? ???? | ???? ?0 B9 B8   | B7 .. B0       a null bit, then the 10-bit result, MSB first
 * </pre>
 * The result is {@code 1024 × Vin / Vref}.
 */
public final class Mcp3008 {

    /** Codes per reference voltage: a result of 1023 is just below Vref. */
    public static final int FULL_SCALE = 1024;

    private final Spi spi;
    private final byte[] command;
    private final byte[] answer = new byte[3];

    Mcp3008(Spi spi, int channel) {
        this.spi = spi;
        this.command = command(channel);
    }

    /** The transfer that converts {@code channel} (0 to 7) single-ended. */
    public static byte[] command(int channel) {
        if (channel < 0 || channel > 7) {
            throw new IllegalArgumentException("MCP3008 channel must be 0 to 7, got " + channel);
        }
        return new byte[] {0x01, (byte) (0x80 | channel << 4), 0x00};
    }

    /** The 10-bit result in the bytes received during {@link #command}'s transfer. */
    public static int result(byte[] received) {
        return (received[1] & 0x03) << 8 | received[2] & 0xFF;
    }

    /** One conversion; {@link HardwareException} when the transfer fails. Not thread-safe. */
    int read() {
        int status;
        try {
            status = spi.transfer(command, 0, answer, 0, command.length);
        } catch (RuntimeException e) {
            throw new HardwareException("MCP3008 transfer failed: " + e.getMessage(), e);
        }
        if (status < 0) {
            throw new HardwareException("MCP3008 transfer failed with " + status);
        }
        return result(answer);
    }
}
