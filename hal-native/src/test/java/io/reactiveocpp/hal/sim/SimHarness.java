package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.ConnectorHardware;
import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.MeterReading;
import io.reactiveocpp.hal.PilotState;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A simulated station on virtual time, with everything connector 1 and the station publish recorded. */
final class SimHarness implements AutoCloseable {

    final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    final SimulatedStation station;
    final List<MeterReading> readings = new ArrayList<>();
    final List<PilotState> states = new ArrayList<>();
    final List<Fault> faults = new ArrayList<>();

    SimHarness(SimulatorConfig config) {
        station = SimulatedStation.start(config, time);
        connector().meter().readings().subscribe(readings::add);
        connector().pilot().states().subscribe(states::add);
        station.faults().subscribe(faults::add);
    }

    SimHarness() {
        this(SimulatorConfig.DEFAULT);
    }

    ConnectorHardware connector() {
        return station.connector(1);
    }

    void advance(Duration duration) {
        time.advanceTimeBy(duration);
    }

    MeterReading latest() {
        return readings.get(readings.size() - 1);
    }

    PilotState state() {
        return states.get(states.size() - 1);
    }

    /** Plugs an EV into connector 1, lets it wake up, offers {@code amps} and closes the contactor. */
    void startCharging(double amps) {
        station.plug(1);
        advance(Duration.ofSeconds(1));
        completes(connector().pilot().offer(amps));
        completes(connector().relay().close());
    }

    /** The command completes; commands without actuation time do so while they are subscribed. */
    static void completes(Mono<?> command) {
        StepVerifier.create(command).expectComplete().verify(Duration.ofSeconds(5));
    }

    @Override
    public void close() {
        station.dispose();
        time.dispose();
    }
}
