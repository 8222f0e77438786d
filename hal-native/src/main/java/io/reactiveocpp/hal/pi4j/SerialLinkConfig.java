package io.reactiveocpp.hal.pi4j;

/**
 * A serial port for Modbus RTU.
 *
 * @param device   the device, e.g. {@code /dev/ttyAMA0} or {@code /dev/ttyUSB0}
 * @param baud     the baud rate, 1200 to 115200
 * @param dataBits 7 or 8
 * @param parity   {@code none}, {@code even} or {@code odd}
 * @param stopBits 1 or 2
 */
public record SerialLinkConfig(String device, int baud, int dataBits, String parity, int stopBits) {

    public static final int DEFAULT_BAUD = 9600;

    public SerialLinkConfig {
        if (device == null || device.isBlank()) {
            throw new IllegalArgumentException("device is required");
        }
        if (baud < 1200 || baud > 115_200) {
            throw new IllegalArgumentException("baud must be 1200 to 115200, got " + baud);
        }
        if (dataBits != 7 && dataBits != 8) {
            throw new IllegalArgumentException("dataBits must be 7 or 8, got " + dataBits);
        }
        if (!"none".equals(parity) && !"even".equals(parity) && !"odd".equals(parity)) {
            throw new IllegalArgumentException("parity must be none, even or odd, got " + parity);
        }
        if (stopBits != 1 && stopBits != 2) {
            throw new IllegalArgumentException("stopBits must be 1 or 2, got " + stopBits);
        }
    }

    /** {@code device} at 9600 baud, 8N1 (Eastron's factory setting). */
    public static SerialLinkConfig of(String device) {
        return new SerialLinkConfig(device, DEFAULT_BAUD, 8, "none", 1);
    }
}
