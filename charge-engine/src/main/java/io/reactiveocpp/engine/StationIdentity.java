package io.reactiveocpp.engine;

/**
 * What BootNotification tells the backend about the station (OCPP 1.6 section 6.2); from the app's
 * configuration and the HAL. Optional fields are {@code null}.
 */
public record StationIdentity(String vendor, String model, String chargePointSerialNumber,
                              String chargeBoxSerialNumber, String firmwareVersion, String iccid, String imsi,
                              String meterType, String meterSerialNumber) {

    public StationIdentity {
        if (vendor == null || vendor.isEmpty() || model == null || model.isEmpty()) {
            throw new IllegalArgumentException("vendor and model are required");
        }
    }

    /** This identity with the firmware version that runs now ({@code null}: this one's stays). */
    public StationIdentity withFirmwareVersion(String running) {
        return running == null ? this : new StationIdentity(vendor, model, chargePointSerialNumber,
                chargeBoxSerialNumber, running, iccid, imsi, meterType, meterSerialNumber);
    }
}
