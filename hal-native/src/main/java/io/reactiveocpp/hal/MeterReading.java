package io.reactiveocpp.hal;

import java.time.Instant;

/**
 * One reading of an energy meter. Quantities a meter does not measure are {@code NaN} (or {@code null}
 * for the optional objects); energy registers are monotonic and never {@code NaN}.
 *
 * @param timestamp        when it was read
 * @param energyImportWh   active energy import register, Wh
 * @param energyExportWh   active energy export register, Wh
 * @param powerW           active power import, W (negative when exporting)
 * @param currentA         current per phase, A
 * @param voltageV         voltage per phase against neutral, V
 * @param frequencyHz      grid frequency, Hz
 * @param temperatureC     temperature at the connector or meter, °C
 * @param stateOfCharge    the EV's state of charge in percent when known (ISO 15118 or a simulator), else {@code null}
 */
public record MeterReading(
        Instant timestamp,
        double energyImportWh,
        double energyExportWh,
        double powerW,
        Phases currentA,
        Phases voltageV,
        double frequencyHz,
        double temperatureC,
        Integer stateOfCharge) {

    public MeterReading {
        if (timestamp == null) {
            throw new IllegalArgumentException("timestamp is required");
        }
        if (Double.isNaN(energyImportWh) || energyImportWh < 0 || Double.isNaN(energyExportWh) || energyExportWh < 0) {
            throw new IllegalArgumentException("energy registers must be non-negative numbers");
        }
        if (currentA == null) {
            currentA = Phases.NONE;
        }
        if (voltageV == null) {
            voltageV = Phases.NONE;
        }
        if (stateOfCharge != null && (stateOfCharge < 0 || stateOfCharge > 100)) {
            throw new IllegalArgumentException("stateOfCharge must be 0 to 100, got " + stateOfCharge);
        }
    }

    /** Three per-phase values; {@code NaN} for a phase that is not measured. */
    public record Phases(double l1, double l2, double l3) {
        public static final Phases NONE = new Phases(Double.NaN, Double.NaN, Double.NaN);
    }
}
