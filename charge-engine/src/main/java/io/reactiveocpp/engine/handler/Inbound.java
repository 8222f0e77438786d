package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.session.OcppClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.util.function.Function;

/**
 * Registers the engine's handlers of the backend's CALLs with the session: each handler runs on the engine's
 * scheduler (it hops there before it touches state), whatever thread the CALL was read on.
 */
public final class Inbound {

    private final OcppClient client;
    private final Scheduler scheduler;

    public Inbound(OcppClient client, Scheduler scheduler) {
        this.client = client;
        this.scheduler = scheduler;
    }

    /** {@code handler} answers every CALL of {@code type}, on the engine's scheduler. */
    public <C extends Confirmation, R extends Request<C>> void on(Class<R> type, Function<R, Mono<C>> handler) {
        client.handle(type, request -> Mono.defer(() -> handler.apply(request)).subscribeOn(scheduler));
    }
}
