package io.reactiveocpp.bench.hal;

import io.reactiveocpp.hal.ConnectorHardware;
import io.reactiveocpp.hal.MeterReading;
import io.reactiveocpp.hal.PilotState;
import io.reactiveocpp.hal.sim.ConnectorPhysics;
import io.reactiveocpp.hal.sim.EvProfile;
import io.reactiveocpp.hal.sim.SimulatedStation;
import io.reactiveocpp.hal.sim.SimulatorConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Issue 5's budget, "reading all measurands of one meter and turning them into the engine's event costs no
 * more than a few microseconds and allocates little", for the simulator, on a charging three-phase connector:
 * <ul>
 *   <li>{@code physicsTick}: one step of {@link ConnectorPhysics}: integrate energy and state of charge, sample
 *       voltage and frequency, derive current and power, build the full {@link MeterReading} (energy,
 *       power, current and voltage per phase, frequency, temperature, SoC);</li>
 *   <li>{@code stationTick}: the same reading as the engine receives it: one tick of a
 *       {@link SimulatedStation} on a virtual-time scheduler, through the meter's latest-wins sink to a
 *       subscriber of {@code readings()}; it adds the worker's periodic task and the sink.</li>
 * </ul>
 * Each operation simulates 1 ms of charging, so a fresh 1000 kWh battery at 0 % (per iteration) never fills
 * during a run; the teardown checks the EV was still charging, so the path measured stayed the same.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar MeterReadingBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class MeterReadingBenchmark {

    private static final Duration STEP = Duration.ofMillis(1);
    private static final SimulatorConfig CONFIG = SimulatorConfig.builder()
            .connectors(1)
            .tick(STEP)
            .ev(new EvProfile(1000, 0, 16, 100))
            .build();

    private ConnectorPhysics physics;
    private long nanos;

    private VirtualTimeScheduler time;
    private SimulatedStation station;
    private MeterReading received;

    @Setup(Level.Iteration)
    public void setUp() {
        physics = new ConnectorPhysics(CONFIG, 1);
        physics.plug(0, CONFIG.ev());
        nanos = STEP.toNanos();
        physics.tick(nanos, Instant.EPOCH);
        physics.offer(nanos, 16);
        physics.relay(nanos, true);

        time = VirtualTimeScheduler.create();
        station = SimulatedStation.start(CONFIG, time);
        station.plug(1);
        time.advanceTimeBy(STEP);
        ConnectorHardware connector = station.connector(1);
        connector.pilot().offer(16).block();
        connector.relay().close().block();
        connector.meter().readings().subscribe(reading -> received = reading);
        stationTick();
        check(physics.powerW() > 10_000 && received.powerW() > 10_000, "not charging at 3 × 16 A after setup");
    }

    @TearDown(Level.Iteration)
    public void tearDown() {
        check(physics.pilotState() == PilotState.C && physics.powerW() > 10_000, "physicsTick stopped charging");
        check(received.powerW() > 10_000 && received.stateOfCharge() < 100, "stationTick stopped charging");
        station.dispose();
        time.dispose();
    }

    @Benchmark
    public MeterReading physicsTick() {
        nanos += STEP.toNanos();
        return physics.tick(nanos, Instant.ofEpochSecond(0, nanos));
    }

    @Benchmark
    public MeterReading stationTick() {
        time.advanceTimeBy(STEP);
        return received;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
