package io.reactiveocpp.engine;

/**
 * How the engine receives streams (hardware events, session states and outcomes, configuration changes): each
 * event runs its handler as one task on the engine's scheduler, in order (the scheduler is single-threaded).
 * A {@code publishOn(scheduler)} per subscription would cost each charge point a worker, a subscriber and a
 * queue (about 650 bytes with a 32-slot queue) whether events come or not: a fleet of thousands pays for that
 * in heap. The scheduler's own task queue is the buffer, so nothing is dropped.
 */
public final class Events {

    /**
     * {@code handler} runs on {@code scheduler} as one task per event, in order. Use as
     * {@code flux.subscribe(Events.on(scheduler, h))}. A handler that throws is reported by the scheduler and
     * does not end the subscription.
     */
    public static <T> java.util.function.Consumer<T> on(reactor.core.scheduler.Scheduler scheduler,
                                                        java.util.function.Consumer<T> handler) {
        return event -> scheduler.schedule(() -> handler.accept(event));
    }

    private Events() {
    }
}
