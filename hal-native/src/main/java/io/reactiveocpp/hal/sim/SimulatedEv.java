package io.reactiveocpp.hal.sim;

/**
 * The EV plugged into a connector: a battery that stores what the meter delivered, an on-board charger
 * that tapers near full, and a driver who may suspend charging.
 */
final class SimulatedEv {

    /** Near full the charger still takes this share of its maximum, so a tapering battery does fill up. */
    static final double MIN_TAPER_SHARE = 0.1;

    private final EvProfile profile;
    private final double capacityWh;
    private double storedWh;
    private boolean suspendedByDriver;

    SimulatedEv(EvProfile profile) {
        this.profile = profile;
        this.capacityWh = profile.capacityKWh() * 1000.0;
        this.storedWh = capacityWh * profile.startSocPercent() / 100.0;
    }

    /** Stores delivered energy, up to the capacity (the rest is lost as heat). */
    void store(double wh) {
        storedWh = Math.min(capacityWh, storedWh + wh);
    }

    double socPercent() {
        return storedWh / capacityWh * 100.0;
    }

    boolean full() {
        return storedWh >= capacityWh;
    }

    void suspendByDriver(boolean suspended) {
        suspendedByDriver = suspended;
    }

    /** Whether the EV asks for energy (pilot state C): not suspended by the driver and not full. */
    boolean demandsPower() {
        return !suspendedByDriver && !full();
    }

    /** What the charger takes per phase now: its maximum, falling linearly above the taper point. */
    double currentLimitA() {
        double soc = socPercent();
        double from = profile.taperFromSocPercent();
        if (soc <= from) {
            return profile.maxCurrentA();
        }
        return profile.maxCurrentA() * Math.max(MIN_TAPER_SHARE, (100.0 - soc) / (100.0 - from));
    }
}
