package io.reactiveocpp.hal;

import java.time.Instant;

/**
 * A meter reading signed by the meter (German calibration law, "Eichrecht").
 *
 * @param data       the signed data string exactly as the meter produced it (e.g. an OCMF document)
 * @param format     its format name, e.g. {@code OCMF}
 * @param energyWh   the energy register it attests
 * @param timestamp  when the meter signed it
 */
public record SignedReading(String data, String format, double energyWh, Instant timestamp) {

    public SignedReading {
        if (data == null || data.isEmpty() || format == null || format.isEmpty() || timestamp == null) {
            throw new IllegalArgumentException("data, format and timestamp are required");
        }
    }
}
