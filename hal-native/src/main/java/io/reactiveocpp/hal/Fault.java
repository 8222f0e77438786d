package io.reactiveocpp.hal;

/**
 * A hardware fault raised or cleared.
 *
 * @param connectorId     the connector, or 0 for the whole station
 * @param code            what failed
 * @param info            free text for the operator, at most 50 characters (OCPP's {@code info}), or {@code null}
 * @param vendorErrorCode the hardware's own code, at most 50 characters, or {@code null}
 * @param active          raised ({@code true}) or cleared
 */
public record Fault(int connectorId, FaultCode code, String info, String vendorErrorCode, boolean active) {

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
}
