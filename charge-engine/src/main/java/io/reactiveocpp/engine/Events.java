package io.reactiveocpp.engine;

/**
 * How the engine receives streams (hardware events, session states, configuration changes): each is moved onto
 * the engine's scheduler with {@code publishOn(scheduler, Events.PREFETCH)}. Reactor's default prefetch of 256
 * gives every such subscription a 256-slot queue (about 1.5 KiB); a charge point has a dozen of them, which
 * a fleet of thousands pays for in heap. These streams carry a few events per second at most, and their
 * sources buffer or keep the latest value, so a short queue loses nothing.
 */
public final class Events {

    /** The queue length of the engine's stream subscriptions. */
    public static final int PREFETCH = 32;

    /**
     * For streams of rare events (connection states, an EV's requests): {@code handler} runs on {@code scheduler} as
     * one task per event, in order, instead of through a {@code publishOn} queue, which costs each charge point about
     * 700 bytes per subscription whether events come or not. Use as {@code flux.subscribe(Events.on(scheduler, h))}.
     */
    public static <T> java.util.function.Consumer<T> on(reactor.core.scheduler.Scheduler scheduler,
                                                        java.util.function.Consumer<T> handler) {
        return event -> scheduler.schedule(() -> handler.accept(event));
    }

    private Events() {
    }
}
