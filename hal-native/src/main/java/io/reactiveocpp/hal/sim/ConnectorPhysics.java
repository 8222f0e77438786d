package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.ControlPilot;
import io.reactiveocpp.hal.MeterReading;
import io.reactiveocpp.hal.PilotState;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The physics of one simulated connector and its EV, with no Reactor in it. It keeps the facts (plugged,
 * EV awake, contactor, offered current, supply, battery) and derives from them the pilot state and the
 * electrical state (voltage and current per phase, power), which stay constant until the next fact or tick.
 * Every mutator takes the simulated time in nanoseconds and first integrates the power up to it, so the
 * energy register is exactly the integral of the power reported, and never decreases.
 *
 * <pre>
 *  A ──plug──▶ B ──next tick (EV awake) and EV demands power──▶ C
 *  C ──driver suspends / battery full──▶ B ──driver resumes (not full)──▶ C
 *  B, C ──unplug──▶ A
 * </pre>
 *
 * The EV draws {@code min(its charger's limit, the current the PWM offers)} per phase, only in C with the
 * contactor closed, the supply up and at least 6 A offered (IEC 61851-1: the EV reads the current from the
 * duty cycle, {@link ControlPilot#dutyCycle}). Not thread-safe: confine it to one thread.
 */
public final class ConnectorPhysics {

    private static final double WH_PER_W_NS = 1.0 / 3.6e12;
    private static final double VOLTAGE_SPREAD = 0.01;
    private static final double AMBIENT_C = 25.0;
    private static final double HEATING_C_PER_A = 0.3;
    private static final double THERMAL_TIME_CONSTANT_NS = 600e9;

    private final int phases;
    private final double ratingA;
    private final double nominalVoltageV;
    private final SplittableRandom random;

    private SimulatedEv ev;
    private boolean evAwake;
    private boolean relayClosed;
    private boolean supplyCut;
    private double offeredA;

    private final double[] voltageV = new double[3];
    private double currentA;
    private double powerW;
    private double frequencyHz;
    private double temperatureC = AMBIENT_C;
    private double energyWh;
    private long lastNanos;

    /** A connector of {@code config}; {@code connectorId} picks its own deterministic random sequence. */
    public ConnectorPhysics(SimulatorConfig config, int connectorId) {
        this.phases = config.phases();
        this.ratingA = config.maxCurrentA();
        this.nominalVoltageV = config.nominalVoltageV();
        this.random = new SplittableRandom(config.seed() * 31 + connectorId);
        sampleGrid();
    }

    /** Integrates the power up to {@code nanos}; an earlier time (a clock set back) integrates nothing. */
    public void advanceTo(long nanos) {
        if (nanos > lastNanos) {
            double wh = powerW * (nanos - lastNanos) * WH_PER_W_NS;
            energyWh += wh;
            if (ev != null) {
                ev.store(wh);
            }
            temperatureC += (AMBIENT_C + HEATING_C_PER_A * currentA - temperatureC)
                    * -Math.expm1(-(nanos - lastNanos) / THERMAL_TIME_CONSTANT_NS);
            lastNanos = nanos;
        }
    }

    /** One step: integrate, let a newly plugged EV wake up, sample the grid, derive the state, read the meter. */
    public MeterReading tick(long nanos, Instant timestamp) {
        advanceTo(nanos);
        evAwake = ev != null;
        sampleGrid();
        derive();
        return reading(timestamp);
    }

    /** An EV with {@code profile} arrives: pilot B now, C from the next tick if it demands power. */
    public void plug(long nanos, EvProfile profile) {
        advanceTo(nanos);
        ev = new SimulatedEv(profile);
        evAwake = false;
        derive();
    }

    public void unplug(long nanos) {
        advanceTo(nanos);
        ev = null;
        evAwake = false;
        derive();
    }

    /** The driver suspends ({@code true}) or resumes charging from the car. */
    public void suspendEv(long nanos, boolean suspended) {
        advanceTo(nanos);
        if (ev != null) {
            ev.suspendByDriver(suspended);
        }
        derive();
    }

    public void relay(long nanos, boolean closed) {
        advanceTo(nanos);
        relayClosed = closed;
        derive();
    }

    /** Sets the offered current, capped to the rating; 0 stops the PWM. */
    public void offer(long nanos, double amps) {
        advanceTo(nanos);
        offeredA = Math.min(amps, ratingA);
        derive();
    }

    /** The supply upstream is cut (a tripped residual-current device) or restored. */
    public void cutSupply(long nanos, boolean cut) {
        advanceTo(nanos);
        supplyCut = cut;
        derive();
    }

    public PilotState pilotState() {
        if (ev == null) {
            return PilotState.A;
        }
        return evAwake && ev.demandsPower() ? PilotState.C : PilotState.B;
    }

    public double offeredA() {
        return offeredA;
    }

    public double powerW() {
        return powerW;
    }

    /** The energy register up to the last integration, Wh. */
    public double energyWh() {
        return energyWh;
    }

    /** The EV's state of charge in percent, {@code NaN} with no EV plugged. */
    public double socPercent() {
        return ev == null ? Double.NaN : ev.socPercent();
    }

    /** The meter's view of the present state. */
    public MeterReading reading(Instant timestamp) {
        double c2 = phases == 3 ? currentA : Double.NaN;
        MeterReading.Phases current = new MeterReading.Phases(currentA, c2, c2);
        MeterReading.Phases voltage = new MeterReading.Phases(voltageV[0],
                phases == 3 ? voltageV[1] : Double.NaN, phases == 3 ? voltageV[2] : Double.NaN);
        Integer soc = ev == null ? null : (int) ev.socPercent();
        return new MeterReading(timestamp, energyWh, 0.0, powerW, current, voltage, frequencyHz,
                round(temperatureC, 10), soc);
    }

    /** Current and power follow from the facts; power is the sum of the reported V × I. */
    private void derive() {
        currentA = drawnCurrentA();
        double power = 0;
        for (int i = 0; i < phases; i++) {
            power += voltageV[i] * currentA;
        }
        powerW = power;
    }

    private double drawnCurrentA() {
        if (ev == null || !relayClosed || supplyCut || pilotState() != PilotState.C || !(offeredA > 0)) {
            return 0.0;
        }
        double pwmA = round(ControlPilot.amps(ControlPilot.dutyCycle(offeredA)), 100);
        return pwmA < 6.0 ? 0.0 : round(Math.min(ev.currentLimitA(), pwmA), 100);
    }

    private void sampleGrid() {
        for (int i = 0; i < 3; i++) {
            voltageV[i] = round(nominalVoltageV * (1 + VOLTAGE_SPREAD * (2 * random.nextDouble() - 1)), 10);
        }
        frequencyHz = round(50.0 + 0.05 * (2 * random.nextDouble() - 1), 100);
    }

    private static double round(double value, double perUnit) {
        return Math.round(value * perUnit) / perUnit;
    }
}
