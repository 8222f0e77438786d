package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.ControlPilot;
import io.reactiveocpp.hal.PilotState;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Duration;

/** The simulated control pilot: the EV's state derived by the physics, the offer applied to it. */
final class SimulatedPilot implements ControlPilot {

    private final SimulatedConnector connector;
    private final SimWorker worker;
    private final Sinks.Many<PilotState> states = Sinks.many().replay().latest();
    private PilotState shown;
    private volatile double offered;

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
            return null;
        });
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
