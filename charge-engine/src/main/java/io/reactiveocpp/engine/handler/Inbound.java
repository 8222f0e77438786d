package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.session.OcppClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.util.Objects;
import java.util.function.Function;

/**
 * Registers the engine's handlers of the backend's CALLs with the session: each handler runs on the engine's
 * scheduler (it hops there before it touches state), whatever thread the CALL was read on. Each registration is
 * one wrapper around the handler (noting the CALL, then the hop), not one per layer: a fleet pays for every
 * wrapper of its two dozen handlers once per charge point.
 */
public final class Inbound {

    private final OcppClient client;
    private final Runnable received;
    private final Scheduler scheduler;

    public Inbound(OcppClient client, Scheduler scheduler) {
        this(client, () -> { }, scheduler);
    }

    /**
     * @param received told of every CALL as it arrives, before its handler runs (the engine notes the traffic
     *                 there, see {@code Traffic})
     */
    public Inbound(OcppClient client, Runnable received, Scheduler scheduler) {
        this.client = client;
        this.received = Objects.requireNonNull(received, "received");
        this.scheduler = scheduler;
    }

    /** {@code handler} answers every CALL of {@code type}, on the engine's scheduler. */
    public <C extends Confirmation, R extends Request<C>> void on(Class<R> type, Function<R, Mono<C>> handler) {
        client.handle(type, request -> {
            received.run();
            return Mono.defer(() -> handler.apply(request)).subscribeOn(scheduler);
        });
    }
}
