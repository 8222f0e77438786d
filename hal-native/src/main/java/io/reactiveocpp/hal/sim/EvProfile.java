package io.reactiveocpp.hal.sim;

/**
 * The simulated EV that arrives with each {@code plug}: its battery and its on-board charger.
 *
 * @param capacityKWh         usable battery capacity, 1 to 1000 kWh
 * @param startSocPercent     state of charge on arrival, 0 to 100 %
 * @param maxCurrentA         the most the on-board charger draws per phase, 1 to 80 A
 * @param taperFromSocPercent above this state of charge the current falls linearly (to a tenth of
 *                            {@code maxCurrentA} at 100 %, where the EV suspends); 100 turns tapering off
 */
public record EvProfile(double capacityKWh, double startSocPercent, double maxCurrentA, double taperFromSocPercent) {

    public static final double DEFAULT_CAPACITY_KWH = 60.0;
    public static final double DEFAULT_START_SOC_PERCENT = 20.0;
    public static final double DEFAULT_MAX_CURRENT_A = 16.0;
    public static final double DEFAULT_TAPER_FROM_SOC_PERCENT = 80.0;

    /** A 60 kWh car arriving at 20 % with an 11 kW (3 × 16 A) charger that tapers above 80 %. */
    public static final EvProfile DEFAULT = new EvProfile(DEFAULT_CAPACITY_KWH, DEFAULT_START_SOC_PERCENT,
            DEFAULT_MAX_CURRENT_A, DEFAULT_TAPER_FROM_SOC_PERCENT);

    public EvProfile {
        range("capacityKWh", capacityKWh, 1, 1000);
        range("startSocPercent", startSocPercent, 0, 100);
        range("maxCurrentA", maxCurrentA, 1, 80);
        range("taperFromSocPercent", taperFromSocPercent, 0, 100);
    }

    public EvProfile withCapacityKWh(double v) {
        return new EvProfile(v, startSocPercent, maxCurrentA, taperFromSocPercent);
    }

    public EvProfile withStartSocPercent(double v) {
        return new EvProfile(capacityKWh, v, maxCurrentA, taperFromSocPercent);
    }

    public EvProfile withMaxCurrentA(double v) {
        return new EvProfile(capacityKWh, startSocPercent, v, taperFromSocPercent);
    }

    public EvProfile withTaperFromSocPercent(double v) {
        return new EvProfile(capacityKWh, startSocPercent, maxCurrentA, v);
    }

    static void range(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(field + " must be " + min + " to " + max + ", got " + value);
        }
    }
}
