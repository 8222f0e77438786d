package io.reactiveocpp.hal.sim;

import java.time.Duration;

/**
 * How a {@link SimulatedStation} is built; immutable, made with {@link #builder()} (every field starts at its
 * {@code DEFAULT_*}). A bad value throws {@link IllegalArgumentException} naming the field and its range.
 *
 * @param connectors          number of connectors, 1 to 32
 * @param phases              phases wired to each connector, 1 or 3
 * @param maxCurrentA         the connector's rating per phase, 6 to 80 A; a larger offer is capped to it
 * @param nominalVoltageV     phase-to-neutral voltage, 100 to 400 V; each tick varies it by up to ±1 %
 * @param ev                  the EV that arrives with a plain {@code plug(n)}
 * @param tick                how often the physics steps and the meters publish, 1 ms to 1 h
 * @param timeScale           simulated seconds per scheduler second, 0.001 to 10,000 (60 charges an hour in a minute)
 * @param seed                seeds voltage, frequency and the meters' keys, so runs repeat exactly
 * @param signedMeter         each meter signs readings as an Eichrecht meter (OCMF, ECDSA secp256r1)
 * @param actuationTime       how long the contactor and lock take to confirm a command (scheduler time), 0 to 10 s
 * @param firmwareInstallTime how long {@code installFirmware} takes (scheduler time), 0 to 1 h
 * @param stationSerial       the station's serial number; meter {@code n} is {@code <stationSerial>-M<n>}
 */
public record SimulatorConfig(
        int connectors,
        int phases,
        double maxCurrentA,
        double nominalVoltageV,
        EvProfile ev,
        Duration tick,
        double timeScale,
        long seed,
        boolean signedMeter,
        Duration actuationTime,
        Duration firmwareInstallTime,
        String stationSerial) {

    public static final int DEFAULT_CONNECTORS = 2;
    public static final int DEFAULT_PHASES = 3;
    public static final double DEFAULT_MAX_CURRENT_A = 32.0;
    public static final double DEFAULT_NOMINAL_VOLTAGE_V = 230.0;
    public static final Duration DEFAULT_TICK = Duration.ofSeconds(1);
    public static final double DEFAULT_TIME_SCALE = 1.0;
    public static final long DEFAULT_SEED = 1L;
    public static final Duration DEFAULT_ACTUATION_TIME = Duration.ZERO;
    public static final Duration DEFAULT_FIRMWARE_INSTALL_TIME = Duration.ofSeconds(2);
    public static final String DEFAULT_STATION_SERIAL = "SIM0001";

    /** Every default: two 3-phase 32 A connectors, a 60 kWh EV at 20 %, one tick a second in real time. */
    public static final SimulatorConfig DEFAULT = builder().build();

    public SimulatorConfig {
        if (connectors < 1 || connectors > 32) {
            throw new IllegalArgumentException("connectors must be 1 to 32, got " + connectors);
        }
        if (phases != 1 && phases != 3) {
            throw new IllegalArgumentException("phases must be 1 or 3, got " + phases);
        }
        EvProfile.range("maxCurrentA", maxCurrentA, 6, 80);
        EvProfile.range("nominalVoltageV", nominalVoltageV, 100, 400);
        if (ev == null) {
            throw new IllegalArgumentException("ev is required (EvProfile.DEFAULT for the default car)");
        }
        duration("tick", tick, Duration.ofMillis(1), Duration.ofHours(1));
        EvProfile.range("timeScale", timeScale, 0.001, 10_000);
        duration("actuationTime", actuationTime, Duration.ZERO, Duration.ofSeconds(10));
        duration("firmwareInstallTime", firmwareInstallTime, Duration.ZERO, Duration.ofHours(1));
        if (stationSerial == null || stationSerial.isEmpty() || stationSerial.length() > 20) {
            throw new IllegalArgumentException("stationSerial must be 1 to 20 characters, got " + stationSerial);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void duration(String field, Duration value, Duration min, Duration max) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(field + " must be " + min + " to " + max + ", got " + value);
        }
    }

    /** Builds a {@link SimulatorConfig}; every field starts at its default. */
    public static final class Builder {
        private int connectors = DEFAULT_CONNECTORS;
        private int phases = DEFAULT_PHASES;
        private double maxCurrentA = DEFAULT_MAX_CURRENT_A;
        private double nominalVoltageV = DEFAULT_NOMINAL_VOLTAGE_V;
        private EvProfile ev = EvProfile.DEFAULT;
        private Duration tick = DEFAULT_TICK;
        private double timeScale = DEFAULT_TIME_SCALE;
        private long seed = DEFAULT_SEED;
        private boolean signedMeter;
        private Duration actuationTime = DEFAULT_ACTUATION_TIME;
        private Duration firmwareInstallTime = DEFAULT_FIRMWARE_INSTALL_TIME;
        private String stationSerial = DEFAULT_STATION_SERIAL;

        private Builder() {
        }

        private Builder(SimulatorConfig c) {
            connectors = c.connectors;
            phases = c.phases;
            maxCurrentA = c.maxCurrentA;
            nominalVoltageV = c.nominalVoltageV;
            ev = c.ev;
            tick = c.tick;
            timeScale = c.timeScale;
            seed = c.seed;
            signedMeter = c.signedMeter;
            actuationTime = c.actuationTime;
            firmwareInstallTime = c.firmwareInstallTime;
            stationSerial = c.stationSerial;
        }

        public Builder connectors(int v) { connectors = v; return this; }
        public Builder phases(int v) { phases = v; return this; }
        public Builder maxCurrentA(double v) { maxCurrentA = v; return this; }
        public Builder nominalVoltageV(double v) { nominalVoltageV = v; return this; }
        public Builder ev(EvProfile v) { ev = v; return this; }
        /** Shortcut for {@code ev(ev.withCapacityKWh(v))}. */
        public Builder batteryCapacityKWh(double v) { ev = ev.withCapacityKWh(v); return this; }
        /** Shortcut for {@code ev(ev.withStartSocPercent(v))}. */
        public Builder startSocPercent(double v) { ev = ev.withStartSocPercent(v); return this; }
        public Builder tick(Duration v) { tick = v; return this; }
        public Builder timeScale(double v) { timeScale = v; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder signedMeter(boolean v) { signedMeter = v; return this; }
        public Builder actuationTime(Duration v) { actuationTime = v; return this; }
        public Builder firmwareInstallTime(Duration v) { firmwareInstallTime = v; return this; }
        public Builder stationSerial(String v) { stationSerial = v; return this; }

        public SimulatorConfig build() {
            return new SimulatorConfig(connectors, phases, maxCurrentA, nominalVoltageV, ev, tick, timeScale, seed,
                    signedMeter, actuationTime, firmwareInstallTime, stationSerial);
        }
    }
}
