package io.reactiveocpp.hal.modbus;

/**
 * What a register map can name, in the units of {@link io.reactiveocpp.hal.MeterReading} after the map's
 * scale is applied. The key is the property name in a register map file.
 */
public enum Measurand {
    ENERGY_IMPORT_WH("energyImport", true),
    ENERGY_EXPORT_WH("energyExport", true),
    POWER_W("power", false),
    CURRENT_L1_A("currentL1", false),
    CURRENT_L2_A("currentL2", false),
    CURRENT_L3_A("currentL3", false),
    VOLTAGE_L1_V("voltageL1", false),
    VOLTAGE_L2_V("voltageL2", false),
    VOLTAGE_L3_V("voltageL3", false),
    FREQUENCY_HZ("frequency", false),
    TEMPERATURE_C("temperature", false);

    private final String key;
    private final boolean energy;

    Measurand(String key, boolean energy) {
        this.key = key;
        this.energy = energy;
    }

    /** The property name in a register map file. */
    public String key() {
        return key;
    }

    /** Whether this is an energy register, which must be a non-negative number that never decreases. */
    public boolean energy() {
        return energy;
    }
}
