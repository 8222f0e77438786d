package io.reactiveocpp.hal;

/**
 * A hardware fault raised or cleared.
 *
 * <p>A fault of a USB device (a USB RFID reader, a USB stick) is marked {@code usb}: the engine keeps it
 * among the connector's facts like any other (the connector is Faulted while it is active), but reports it
 * to the backend only when the configuration key {@code SendUsbErrorStatusNotifications} is true, while
 * {@code SendErrorStatusNotifications} governs every other fault. A cleared fault carries the mark of the
 * fault it clears.
 *
 * @param connectorId     the connector, or 0 for the whole station
 * @param code            what failed
 * @param info            free text for the operator, at most 50 characters (OCPP's {@code info}), or {@code null}
 * @param vendorErrorCode the hardware's own code, at most 50 characters, or {@code null}
 * @param active          raised ({@code true}) or cleared
 * @param usb             raised by a USB device rather than the charging hardware
 */
public record Fault(int connectorId, FaultCode code, String info, String vendorErrorCode, boolean active,
                    boolean usb) {

    public Fault {
        if (connectorId < 0 || code == null) {
            throw new IllegalArgumentException("connectorId must be ≥ 0 and code is required");
        }
        if (info != null && info.length() > 50) {
            info = info.substring(0, 50);
        }
        if (vendorErrorCode != null && vendorErrorCode.length() > 50) {
            vendorErrorCode = vendorErrorCode.substring(0, 50);
        }
    }

    /** A fault of the charging hardware itself, not of a USB device. */
    public Fault(int connectorId, FaultCode code, String info, String vendorErrorCode, boolean active) {
        this(connectorId, code, info, vendorErrorCode, active, false);
    }
}
