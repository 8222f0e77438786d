package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.ControlPilot;
import io.reactiveocpp.hal.PilotSignal;
import io.reactiveocpp.hal.PilotState;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Duration;

/**
 * The simulated control pilot: the EV's state derived by the physics, the offer applied to it. The simulated EV
 * knows PWM only: the 5 % of digital communication and state F make it draw nothing, and it goes on showing its
 * state (a simulator sees what a real pilot in state F cannot).
 */
final class SimulatedPilot implements ControlPilot {

    private final SimulatedConnector connector;
    private final SimWorker worker;
    private final Sinks.Many<PilotState> states = Sinks.many().replay().latest();
    private PilotState shown;
    private volatile double offered;
    private volatile PilotSignal signal = PilotSignal.STANDBY;

    SimulatedPilot(SimulatedConnector connector, SimWorker worker) {
        this.connector = connector;
        this.worker = worker;
    }

    @Override
    public Flux<PilotState> states() {
        return states.asFlux();
    }

    /**
     * {@inheritDoc} Lazy; an offer above the connector's rating is capped to it; a negative or non-finite
     * value fails with {@link IllegalArgumentException}.
     */
    @Override
    public Mono<Void> offer(double amps) {
        if (!(amps >= 0) || Double.isInfinite(amps)) {
            return Mono.error(new IllegalArgumentException("amps must be a finite number ≥ 0, got " + amps));
        }
        return worker.command(Duration.ZERO, () -> {
            connector.apply((physics, nanos) -> physics.offer(nanos, amps));
            offered = connector.physics().offeredA();
            signal = PilotSignal.current(offered);
            return null;
        });
    }

    /** {@inheritDoc} Lazy, like {@link #offer}, which serves standby and an offered current. */
    @Override
    public Mono<Void> generate(PilotSignal signal) {
        if (signal == null || signal.mode() == PilotSignal.Mode.STANDBY || signal.mode() == PilotSignal.Mode.CURRENT) {
            return ControlPilot.super.generate(signal);
        }
        return worker.command(Duration.ZERO, () -> {
            connector.apply((physics, nanos) -> physics.offer(nanos, 0));
            offered = 0;
            this.signal = signal;
            return null;
        });
    }

    @Override
    public PilotSignal signal() {
        return signal;
    }

    @Override
    public double offered() {
        return offered;
    }

    /** Emits {@code state} if it differs from the last one shown. */
    void show(PilotState state) {
        if (state != shown) {
            shown = state;
            states.tryEmitNext(state);
        }
    }
}
