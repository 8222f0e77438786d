package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.session.OcppClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.util.Objects;
import java.util.function.Function;

/**
 * Registers the engine's handlers of the backend's CALLs with the session: each handler runs on the engine's
 * scheduler (it hops there before it touches state), whatever thread the CALL was read on. The session is given
 * one function for every action, which looks the handler up in a flat table by action: no wrapper per handler,
 * which a fleet would pay for two dozen times per charge point.
 */
public final class Inbound {

    private static final int ACTIONS = Action.values().length;

    private final OcppClient client;
    private final Runnable received;
    private final Scheduler scheduler;
    @SuppressWarnings("rawtypes")
    private final Function[] handlers = new Function[ACTIONS]; // by Action.ordinal(); written at wiring time
    private final Function<Request<?>, Mono<? extends Confirmation>> route = this::route;

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

    /** {@code handler} answers every CALL of {@code type}, on the engine's scheduler; the latest registration wins. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <C extends Confirmation, R extends Request<C>> void on(Class<R> type, Function<R, Mono<C>> handler) {
        Action action = Action.byType(type);
        if (action == null) {
            throw new IllegalArgumentException(type.getName() + " is not an OCPP request type");
        }
        handlers[action.ordinal()] = Objects.requireNonNull(handler, "handler");
        client.handle(type, (Function) route);
    }

    @SuppressWarnings("unchecked")
    private Mono<? extends Confirmation> route(Request<?> request) {
        received.run();
        Function<Request<?>, Mono<? extends Confirmation>> handler = handlers[request.action().ordinal()];
        return Mono.defer(() -> handler.apply(request)).subscribeOn(scheduler);
    }
}
