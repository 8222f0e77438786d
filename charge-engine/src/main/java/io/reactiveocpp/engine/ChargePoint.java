package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.ChangeConfigurationRequest;
import io.reactiveocpp.codec.message.core.GetConfigurationRequest;
import io.reactiveocpp.engine.boot.Registration;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.handler.ChangeConfigurationHandler;
import io.reactiveocpp.engine.handler.GetConfigurationHandler;
import io.reactiveocpp.session.OcppClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.util.function.Function;

/**
 * The charge point: wires the engine's services to the session and registers one handler per inbound
 * action. Every service runs on the engine's {@code scheduler}; handlers hop onto it before they touch
 * state.
 */
public final class ChargePoint {

    private final OcppClient client;
    private final Configuration config;
    private final Scheduler scheduler;
    private final EngineClock clock;
    private final Registration registration;

    public ChargePoint(OcppClient client, Configuration config, Scheduler scheduler, StationIdentity identity) {
        this.client = client;
        this.config = config;
        this.scheduler = scheduler;
        this.clock = new EngineClock(scheduler);
        this.registration = new Registration(client, config, scheduler, clock, identity);
    }

    /** Registers the handlers and starts the services; then start the session. */
    public void start() {
        handle(GetConfigurationRequest.class, new GetConfigurationHandler(config));
        handle(ChangeConfigurationRequest.class, new ChangeConfigurationHandler(config));
        scheduler.schedule(registration::start);
    }

    public Registration registration() {
        return registration;
    }

    public EngineClock clock() {
        return clock;
    }

    public Configuration configuration() {
        return config;
    }

    private <C extends io.reactiveocpp.codec.message.Confirmation, R extends io.reactiveocpp.codec.message.Request<C>>
    void handle(Class<R> type, Function<R, Mono<C>> handler) {
        client.handle(type, request -> Mono.defer(() -> handler.apply(request)).subscribeOn(scheduler));
    }
}
