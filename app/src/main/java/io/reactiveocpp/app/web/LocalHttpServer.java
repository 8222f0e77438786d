package io.reactiveocpp.app.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.reactiveocpp.app.ChargePointRuntime;
import io.reactiveocpp.app.fleet.Fleet;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.HttpServerRoutes;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The operator's local HTTP interface on Reactor Netty's {@link HttpServer}, on the event loops the
 * session's WebSocket client uses too (Reactor Netty's shared resources). Routes:
 * <pre>
 * GET    /, /parameters, /ocpp-log            UiPages: the Config UI's pages (a browser session, else 303 to /login)
 * GET    /login                               the login page (a form posting to /ui/login)
 * GET    /ui/static/{name}                    UiStatic: ui.css and ui.js (no login)
 * GET    /ui/status/stream                    UiPages: server-sent events, the status page's new content
 * GET    /health                              no credentials: {"status":"UP"}, or 503 with the reason
 * GET    /api/status                          StatusEndpoint: backend, registration, queue with the latest dead
 *                                             letters, connectors with meter and currents, firmware, diagnostics
 * POST   /api/restart                         StatusEndpoint: stops the transactions (Reboot), restarts a second
 *                                             later through the HAL's reboot hook; 202 {"status":"restarting"}
 * GET    /api/config                          ConfigEndpoint
 * PUT    /api/config/{key}                    ConfigEndpoint, body {"value": "..."}
 * GET    /api/ocpp-log?action=X&amp;limit=N       OcppLogEndpoint: the last frames, JSON; .jsonl: JSON Lines download;
 *                                             /stream?action=X: server-sent events of new frames
 * POST   /api/sim/connectors/{n}/plug         SimulatorEndpoint (--hal sim only), and unplug, ev-suspend, ev-resume;
 *                                             plug takes an optional body {"plugAndCharge": true}
 * POST   /api/sim/connectors/{n}/contract-certificate  the EV's Get15118EVCertificate, body {"update": true} optional
 * POST   /api/sim/rfid                        body {"idTag": "...", "connectorId": n}
 * POST   /api/sim/connectors/{n}/fault        body {"errorCode": "GroundFailure"}; DELETE clears it
 * GET    /metrics                             MetricsEndpoint (Prometheus text); never a login
 * POST   /ui/login                            UiEndpoint: form field password; a UiSessions cookie; a login (a
 *                                             browser's form post: 303 to /, or the login page with the reason)
 * GET    /ui/session                          UiEndpoint: {"csrf": "..."} of the browser's session
 * POST   /ui/logout                           UiEndpoint: ends the session (X-CSRF-Token)
 * </pre>
 * Every request, unknown paths included, first passes the {@link RequestGuard} (Host 421, Origin 403,
 * Content-Type 415), then, except {@code /health}, the {@link LoginThrottle} (429 with {@code Retry-After}
 * while its address is blocked after failed logins) and {@link OperatorAuth} (401 with a Basic challenge) or,
 * without an {@code Authorization} header, a {@link UiSessions} cookie (a write with it needs the CSRF token:
 * else 403); a login calls {@link io.reactiveocpp.engine.ChargePoint#operatorLoggedIn()}. There is no open mode: a password
 * hash is required. PBKDF2 checks run one at a time on their own thread with at most {@value Credentials#AUTH_QUEUE}
 * waiting (more: 429), so that guessing cannot take more than one core or stall the event loop. Bodies are
 * read up to {@value #MAX_BODY_BYTES} bytes (more: 413). The server outlives in-process restarts:
 * {@code runtime} supplies the charge point that runs now, or {@code null} while it is rebuilt (503).
 */
public final class LocalHttpServer implements AutoCloseable {

    /** Largest request body read. */
    public static final int MAX_BODY_BYTES = 4096;
    private static final Logger LOG = LoggerFactory.getLogger(LocalHttpServer.class);

    private final Supplier<ChargePointRuntime> runtime;
    /** Fleet mode's members, or {@code null} for the one charge point of the service. */
    private final Fleet fleet;
    /** The answer of {@code GET /health} when the service is not up. */
    private record Down(String status, String reason) {
    }

    /** Why the service is not up, {@code null} when it is: {@code GET /health}. */
    private final Supplier<String> unavailable;
    private final RequestGuard guard;
    private final Credentials credentials;
    private final UiSessions sessions;
    private final UiEndpoint ui;
    private final MetricsEndpoint metrics;
    private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final DisposableServer server;

    private LocalHttpServer(HttpBinding binding, boolean simulator, PasswordHash password,
                            Supplier<ChargePointRuntime> runtime, Supplier<String> unavailable,
                            PrometheusMeterRegistry registry, Scheduler clock, Fleet fleet) {
        this.runtime = runtime;
        this.fleet = fleet;
        this.unavailable = unavailable;
        this.guard = new RequestGuard(binding);
        this.credentials = new Credentials(password, clock);
        this.sessions = new UiSessions(clock, false); // the interface is plain HTTP: no TLS, so no Secure
        this.ui = new UiEndpoint(sessions);
        this.metrics = new MetricsEndpoint(registry);
        try {
            this.server = HttpServer.create().host(binding.host()).port(binding.port())
                    .channelGroup(connections) // so that close() ends kept-alive connections too
                    .route(routes -> routes(routes, simulator))
                    .bindNow();
        } catch (RuntimeException e) {
            credentials.close();
            metrics.close();
            throw new IllegalArgumentException("cannot listen on " + binding.host() + ":" + binding.port()
                    + " for the local HTTP interface (" + e.getMessage() + "); choose another http port or 0 for none", e);
        }
        LOG.info("local HTTP interface on http://{}:{} (user admin, Basic authentication; Host names: {}, "
                + "localhost{})", binding.host(), server.port(), binding.host(),
                binding.publicNames().isEmpty() ? "" : ", " + String.join(", ", binding.publicNames()));
    }

    /**
     * Binds {@code binding} (port 0: any free port, for tests; the service does not start the interface for
     * {@code http.port} 0) behind {@code password}, which is required ({@link AdminPassword} supplies one).
     * {@link IllegalArgumentException} when the address is taken or the password missing.
     */
    public static LocalHttpServer start(HttpBinding binding, boolean simulator, PasswordHash password,
                                        Supplier<ChargePointRuntime> runtime, PrometheusMeterRegistry registry) {
        return start(binding, simulator, password, runtime, registry, Schedulers.parallel());
    }

    /** As {@link #start(HttpBinding, boolean, PasswordHash, Supplier, PrometheusMeterRegistry)}, with a clock. */
    static LocalHttpServer start(HttpBinding binding, boolean simulator, PasswordHash password,
                                 Supplier<ChargePointRuntime> runtime, PrometheusMeterRegistry registry, Scheduler clock) {
        return new LocalHttpServer(binding, simulator, password, runtime,
                () -> runtime.get() == null ? "the charge point is restarting" : null, registry, clock, null);
    }

    /**
     * Fleet mode: {@code /metrics}, {@code /health}, {@code GET /api/fleet} and {@code GET /api/fleet/{id}/status}
     * ({@link FleetEndpoint}); the rest of {@code /api/*} answers 503 (there is no one charge point).
     */
    public static LocalHttpServer startFleet(HttpBinding binding, PasswordHash password, PrometheusMeterRegistry registry,
                                             Fleet fleet) {
        return new LocalHttpServer(binding, false, password, () -> null, () -> null, registry, Schedulers.parallel(),
                java.util.Objects.requireNonNull(fleet, "fleet"));
    }

    /** The port it listens on. */
    public int port() {
        return server.port();
    }

    /** The authentication check, for tests. */
    OperatorAuth auth() {
        return credentials.auth();
    }

    private void routes(HttpServerRoutes routes, boolean simulator) {
        StatusEndpoint status = new StatusEndpoint();
        ConfigEndpoint config = new ConfigEndpoint();
        OcppLogEndpoint ocppLog = new OcppLogEndpoint();
        UiPages pages = new UiPages(runtime, simulator, status);
        if (fleet != null) {
            FleetEndpoint members = new FleetEndpoint(fleet, status);
            routes.get("/api/fleet", handler(members::report, true))
                    .get("/api/fleet/{id}/status", handler(members::member, true))
                    .route(request -> request.uri().startsWith("/api/"), handler(call -> Mono.just(Reply.error(503,
                            null, "fleet mode: there is no one charge point; see GET /api/fleet and "
                                    + "GET /api/fleet/{id}/status")), true));
        }
        routes.get("/", page(pages::status))
                .get("/parameters", page(pages::parameters))
                .get("/ocpp-log", page(pages::ocppLog))
                .get("/login", (request, response) -> guarded(request, response, false, () -> Responses.send(response,
                        sessions.find(request.requestHeaders()) != null ? UiPages.redirect("/") : UiPages.login(200, null))))
                .get("/ui/static/{name}", (request, response) -> guarded(request, response, false,
                        () -> Responses.send(response, UiStatic.get(request.param("name")))))
                .get("/ui/status/stream", writer(pages::statusStream, true))
                .get("/health", (request, response) -> guarded(request, response, false, () -> health(response)))
                .get("/api/status", handler(status::status, true))
                .post("/api/restart", handler(status::restart, true))
                .get("/api/config", handler(config::list, true))
                .put("/api/config/{key}", handler(config::change, true))
                .get("/api/ocpp-log", handler(ocppLog::list, true))
                .get("/api/ocpp-log.jsonl", handler(ocppLog::download, true))
                .get("/api/ocpp-log/stream", writer(ocppLog::stream, true))
                .get("/metrics", handler(metrics::scrape, false))
                .post("/ui/login", this::login)
                .get("/ui/session", handler(ui::session, true))
                .post("/ui/logout", handler(ui::logout, true));
        if (simulator) {
            SimulatorEndpoint sim = new SimulatorEndpoint();
            routes.post("/api/sim/connectors/{n}/plug", handler(sim::plug, true))
                    .post("/api/sim/connectors/{n}/unplug", handler(sim::unplug, true))
                    .post("/api/sim/connectors/{n}/ev-suspend", handler(sim::evSuspend, true))
                    .post("/api/sim/connectors/{n}/ev-resume", handler(sim::evResume, true))
                    .post("/api/sim/connectors/{n}/contract-certificate", handler(sim::contractCertificate, true))
                    .post("/api/sim/rfid", handler(sim::rfid, true))
                    .post("/api/sim/connectors/{n}/fault", handler(sim::raiseFault, true))
                    .delete("/api/sim/connectors/{n}/fault", handler(sim::clearFault, true));
        }
        routes.route(request -> true, handler(call -> Mono.just(Reply.error(404, null, "no such resource")), true));
    }

    /** A Config UI page: the guard, then the browser's session; without one, 303 to the login page. */
    private BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> page(Function<Call, Mono<Reply>> endpoint) {
        return (request, response) -> guarded(request, response, false, () -> {
            UiSessions.Session session = sessions.find(request.requestHeaders());
            return session == null ? Responses.send(response, UiPages.redirect("/login"))
                    : Responses.respond(request, response, eventLoop(request), Mono.defer(() -> endpoint.apply(
                            new Call(request, new byte[0], runtime, session, () -> sessions.live(session))))
                            .onErrorResume(e -> Mono.just(UiPages.failure(Responses.failure(request, e)))));
        });
    }

    /** The {@link RequestGuard} before anything else; {@code next} runs only for a request it lets through. */
    private Publisher<Void> guarded(HttpServerRequest request, HttpServerResponse response, boolean form,
                                    Supplier<Publisher<Void>> next) {
        Reply refused = guard.check(request.requestHeaders(), form);
        return refused != null ? refuse(request, response, refused) : next.get();
    }

    /**
     * Reads and drops the body (up to {@value #MAX_BODY_BYTES} bytes) before the refusal is sent: a connection
     * closed with unread bytes is reset, and the client may lose the answer with it.
     */
    private static Mono<Void> refuse(HttpServerRequest request, HttpServerResponse response, Reply reply) {
        return Call.body(request).onErrorResume(e -> Mono.empty()).then(Mono.defer(() -> Responses.send(response, reply)));
    }

    private Publisher<Void> health(HttpServerResponse response) {
        String reason = unavailable.get();
        return Responses.send(response, reason == null ? Reply.json(200, Map.of("status", "UP"))
                : Reply.json(503, new Down("DOWN", reason)));
    }

    /**
     * The guard, the throttle, authentication, the bounded body, the endpoint, and one place that turns
     * failures into replies. {@code mayLogIn} false: a valid request is never a login ({@code /metrics}).
     */
    private BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> handler(Function<Call, Mono<Reply>> endpoint,
                                                                                       boolean mayLogIn) {
        return writer(call -> endpoint.apply(call).map(Responses::answer), mayLogIn);
    }

    /** As {@link #handler}, for an endpoint that writes its answer itself (a stream); failures are replies. */
    private BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> writer(
            Function<Call, Mono<Function<HttpServerResponse, Mono<Void>>>> endpoint, boolean mayLogIn) {
        return (request, response) -> guarded(request, response, false, () -> {
            InetAddress client = Credentials.client(request);
            Reply blocked = credentials.blocked(client);
            if (blocked != null) {
                return refuse(request, response, blocked);
            }
            Scheduler loop = eventLoop(request);
            String header = request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION);
            UiSessions.Session session = header == null ? sessions.find(request.requestHeaders()) : null;
            if (session != null) { // a browser's session cookie; HTTP Basic, when sent, takes precedence
                Reply forged = UiSessions.csrfRefusal(request.method(), request.requestHeaders(), session);
                return forged != null ? refuse(request, response, forged) : Responses.write(request, response, loop,
                        Call.body(request).flatMap(bytes -> endpoint.apply(new Call(request, bytes, runtime, session,
                                () -> sessions.live(session)))));
            }
            return Responses.write(request, response, loop, credentials.authenticate(header, mayLogIn)
                    .publishOn(loop)
                    .flatMap(verdict -> {
                        if (!verdict.allowed()) {
                            credentials.failed(client, header);
                            // the body read and dropped first, as refuse() does: a PUT refused with its body unread
                            // was now and then reset before the client read the 401 (UiSessionApiTest, full suite)
                            return Call.body(request).onErrorResume(e -> Mono.empty()).then(Mono.fromSupplier(() ->
                                    Responses.answer(UiSessions.unauthorized(request.requestHeaders()))));
                        }
                        credentials.succeeded(client);
                        if (verdict == OperatorAuth.Verdict.LOGIN) {
                            loggedIn(request);
                        }
                        return Call.body(request).flatMap(bytes -> endpoint.apply(new Call(request, bytes, runtime, null, () -> true)));
                    }));
        });
    }

    /**
     * {@code POST /ui/login}: the guard (a form body allowed), the throttle, the form's password checked as
     * HTTP Basic's, then a new session. Always a login: the browser asked for one. A browser's form post (it
     * accepts text/html) is answered with a redirect to the status page, or the login page with the reason.
     */
    private Publisher<Void> login(HttpServerRequest request, HttpServerResponse response) {
        return guarded(request, response, true, () -> {
            String accept = request.requestHeaders().get(HttpHeaderNames.ACCEPT);
            Function<Reply, Reply> form = accept != null && accept.contains("text/html") ? UiPages::afterLogin : r -> r;
            InetAddress client = Credentials.client(request);
            Reply blocked = credentials.blocked(client);
            if (blocked != null) {
                return refuse(request, response, form.apply(blocked));
            }
            Scheduler loop = eventLoop(request);
            return Responses.respond(request, response, loop, Call.body(request).map(UiEndpoint::basicHeader).flatMap(header ->
                    credentials.authenticate(header, true).publishOn(loop).map(verdict -> {
                        if (!verdict.allowed()) {
                            credentials.failed(client, header);
                            return Reply.error(401, "password", "wrong password");
                        }
                        credentials.succeeded(client);
                        loggedIn(request);
                        return ui.opened();
                    })).onErrorResume(e -> Mono.just(Responses.failure(request, e))).map(form));
        });
    }

    /**
     * The connection's event loop: replies computed elsewhere (PBKDF2, the engine's scheduler, a scrape) are
     * written from it. A 401 written from the PBKDF2 thread, with the request's empty body not read, left
     * the next request on that keep-alive connection unread now and then (AuthApiTest repeats the case).
     */
    private static Scheduler eventLoop(HttpServerRequest request) {
        Executor[] loop = new Executor[1];
        request.withConnection(connection -> loop[0] = connection.channel().eventLoop());
        return Schedulers.fromExecutor(loop[0]);
    }

    private void loggedIn(HttpServerRequest request) {
        LOG.info("operator logged in from {}", request.remoteAddress());
        ChargePointRuntime current = runtime.get();
        if (current != null) {
            current.chargePoint().operatorLoggedIn();
        }
    }

    /** Stops listening and releases the authentication thread and the GC listener. */
    @Override
    public void close() {
        server.disposeNow(Duration.ofSeconds(2));
        credentials.close();
        metrics.close();
    }
}
