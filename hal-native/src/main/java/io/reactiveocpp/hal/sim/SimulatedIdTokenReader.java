package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.IdTokenReader;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The simulated RFID reader. A presentation goes to the subscribers present at that moment (like a card
 * held to a reader nobody listens to, it is lost otherwise) and to none while a {@code ReaderFailure} is
 * active.
 */
final class SimulatedIdTokenReader implements IdTokenReader {

    private final Sinks.Many<IdTokenPresented> presented = Sinks.many().multicast().directBestEffort();
    private boolean failing;

    @Override
    public Flux<IdTokenPresented> presented() {
        return presented.asFlux();
    }

    /** On the worker. */
    void present(IdTokenPresented token) {
        if (!failing) {
            presented.tryEmitNext(token);
        }
    }

    /** On the worker. */
    void failing(boolean failing) {
        this.failing = failing;
    }
}
