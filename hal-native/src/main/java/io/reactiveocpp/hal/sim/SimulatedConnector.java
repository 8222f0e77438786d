package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.ActiveFaults;
import io.reactiveocpp.hal.ConnectorHardware;
import io.reactiveocpp.hal.ConnectorLock;
import io.reactiveocpp.hal.EnergyMeter;
import io.reactiveocpp.hal.ControlPilot;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.PowerRelay;

import java.util.function.ObjLongConsumer;

/**
 * One simulated connector: its physics and the SPI devices around it. Every method here runs on the
 * station's worker. After each change of facts it publishes what changed: the pilot state, and a meter
 * reading when the power changed, so each published reading's power holds until the next one.
 */
final class SimulatedConnector implements ConnectorHardware {

    private final int id;
    private final SimWorker worker;
    private final ConnectorPhysics physics;
    private final SimulatedPilot pilot;
    private final SimulatedMeter meter;
    private final Actuator.Relay relay;
    private final Actuator.Lock lock;
    private double publishedPowerW = Double.NaN;

    SimulatedConnector(int id, SimulatorConfig config, SimWorker worker, ActiveFaults faults) {
        this.id = id;
        this.worker = worker;
        this.physics = new ConnectorPhysics(config, id);
        this.pilot = new SimulatedPilot(this, worker);
        this.meter = new SimulatedMeter(this, config, worker);
        this.relay = new Actuator.Relay(this, worker, faults, config.actuationTime());
        this.lock = new Actuator.Lock(this, worker, faults, config.actuationTime());
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public EnergyMeter meter() {
        return meter;
    }

    @Override
    public PowerRelay relay() {
        return relay;
    }

    @Override
    public ControlPilot pilot() {
        return pilot;
    }

    @Override
    public ConnectorLock lock() {
        return lock;
    }

    ConnectorPhysics physics() {
        return physics;
    }

    SimulatedMeter simulatedMeter() {
        return meter;
    }

    /** The periodic step: physics, then a reading whether or not anything changed. */
    void tick() {
        var reading = physics.tick(worker.simNanos(), worker.timestamp());
        pilot.show(physics.pilotState());
        meter.publish(reading);
        publishedPowerW = reading.powerW();
    }

    /** Changes a fact now and publishes the consequences. */
    void apply(ObjLongConsumer<ConnectorPhysics> change) {
        change.accept(physics, worker.simNanos());
        pilot.show(physics.pilotState());
        if (physics.powerW() != publishedPowerW) {
            publishedPowerW = physics.powerW();
            meter.publish(physics.reading(worker.timestamp()));
        }
    }

    /** Brings the energy register up to now (before it is signed). */
    void integrateToNow() {
        physics.advanceTo(worker.simNanos());
    }

    void inject(InjectedFailure failure, boolean injected) {
        switch (failure) {
            case CONTACTOR_WELDED, CONTACTOR_STUCK_OPEN -> relay.inject(failure, injected);
            case LOCK_STUCK -> lock.inject(failure, injected);
        }
    }

    /** Applies the physical effect of the faults now active (see {@link SimulatedStation#raiseFault}). */
    void faultsChanged(ActiveFaults faults) {
        meter.frozen(faults.affects(id, FaultCode.POWER_METER_FAILURE));
        boolean cut = SimulatedStation.SUPPLY_CUTTING.stream().anyMatch(code -> faults.affects(id, code));
        apply((p, t) -> p.cutSupply(t, cut));
    }
}
