package io.reactiveocpp.app.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.reactiveocpp.app.ChargePointRuntime;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.HttpServerRoutes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The operator's local HTTP interface on Reactor Netty's {@link HttpServer}, on the event loops the
 * session's WebSocket client uses too (Reactor Netty's shared resources). Routes:
 * <pre>
 * GET    /api/status                          StatusEndpoint
 * GET    /api/config                          ConfigEndpoint
 * PUT    /api/config/{key}                    ConfigEndpoint, body {"value": "..."}
 * POST   /api/sim/connectors/{n}/plug         SimulatorEndpoint (--hal sim only), and unplug, ev-suspend, ev-resume
 * POST   /api/sim/rfid                        body {"idTag": "...", "connectorId": n}
 * POST   /api/sim/connectors/{n}/fault        body {"errorCode": "GroundFailure"}; DELETE clears it
 * GET    /metrics                             MetricsEndpoint (Prometheus text)
 * </pre>
 * Every route, unknown paths included, first passes {@link OperatorAuth}: 401 with a Basic challenge unless
 * no password is set; a login calls {@link io.reactiveocpp.engine.ChargePoint#operatorLoggedIn()}. PBKDF2
 * checks run one at a time on their own thread with at most {@value #AUTH_QUEUE} waiting (more: 429), so
 * that guessing cannot take more than one core or stall the event loop. Bodies are read up to
 * {@value #MAX_BODY_BYTES} bytes (more: 413). The server outlives in-process restarts: {@code runtime}
 * supplies the charge point that runs now, or {@code null} while it is rebuilt (503).
 */
public final class LocalHttpServer implements AutoCloseable {

    /** Largest request body read. */
    public static final int MAX_BODY_BYTES = 4096;
    /** Authentications that may wait for the PBKDF2 thread. */
    static final int AUTH_QUEUE = 16;
    private static final Logger LOG = LoggerFactory.getLogger(LocalHttpServer.class);

    private final Supplier<ChargePointRuntime> runtime;
    private final OperatorAuth auth;
    private final ThreadPoolExecutor authThread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(AUTH_QUEUE), task -> {
                Thread thread = new Thread(task, "operator-auth");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.AbortPolicy());
    private final MetricsEndpoint metrics;
    private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final DisposableServer server;

    private LocalHttpServer(String host, int port, boolean simulator, PasswordHash password,
                            Supplier<ChargePointRuntime> runtime, PrometheusMeterRegistry registry) {
        this.runtime = runtime;
        this.auth = new OperatorAuth(password, Schedulers.parallel());
        this.metrics = new MetricsEndpoint(registry);
        try {
            this.server = HttpServer.create().host(host).port(port)
                    .channelGroup(connections) // so that close() ends kept-alive connections too
                    .route(routes -> routes(routes, simulator))
                    .bindNow();
        } catch (RuntimeException e) {
            authThread.shutdownNow();
            metrics.close();
            throw new IllegalArgumentException("cannot listen on " + host + ":" + port + " for the local HTTP interface ("
                    + e.getMessage() + "); choose another http port or 0 for none", e);
        }
        LOG.info("local HTTP interface on http://{}:{} ({})", host, server.port(),
                password == null ? "no admin password: loopback only, open" : "user admin, Basic authentication");
    }

    /**
     * Binds {@code host:port} (port 0: any free port, for tests; the service does not start the interface
     * for {@code http.port} 0). {@code password} {@code null}: no authentication, which {@code Settings}
     * allows on a loopback address only. {@link IllegalArgumentException} when the address is taken.
     */
    public static LocalHttpServer start(String host, int port, boolean simulator, PasswordHash password,
                                        Supplier<ChargePointRuntime> runtime, PrometheusMeterRegistry registry) {
        return new LocalHttpServer(host, port, simulator, password, runtime, registry);
    }

    /** The port it listens on. */
    public int port() {
        return server.port();
    }

    private void routes(HttpServerRoutes routes, boolean simulator) {
        StatusEndpoint status = new StatusEndpoint();
        ConfigEndpoint config = new ConfigEndpoint();
        routes.get("/api/status", handler(status::status))
                .get("/api/config", handler(config::list))
                .put("/api/config/{key}", handler(config::change))
                .get("/metrics", handler(metrics::scrape));
        if (simulator) {
            SimulatorEndpoint sim = new SimulatorEndpoint();
            routes.post("/api/sim/connectors/{n}/plug", handler(sim::plug))
                    .post("/api/sim/connectors/{n}/unplug", handler(sim::unplug))
                    .post("/api/sim/connectors/{n}/ev-suspend", handler(sim::evSuspend))
                    .post("/api/sim/connectors/{n}/ev-resume", handler(sim::evResume))
                    .post("/api/sim/rfid", handler(sim::rfid))
                    .post("/api/sim/connectors/{n}/fault", handler(sim::raiseFault))
                    .delete("/api/sim/connectors/{n}/fault", handler(sim::clearFault));
        }
        routes.route(request -> true, handler(call -> Mono.just(Reply.error(404, null, "no such resource"))));
    }

    /** Authentication, the bounded body, the endpoint, and one place that turns failures into replies. */
    private BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> handler(Function<Call, Mono<Reply>> endpoint) {
        return (request, response) -> {
            Scheduler loop = eventLoop(request);
            return authenticate(request)
                    .publishOn(loop)
                    .flatMap(verdict -> {
                        if (!verdict.allowed()) {
                            return Mono.just(Reply.error(401, null, "give the user admin and the admin password (HTTP Basic)"));
                        }
                        if (verdict == OperatorAuth.Verdict.LOGIN) {
                            loggedIn(request);
                        }
                        return body(request).flatMap(bytes -> endpoint.apply(new Call(request, bytes, runtime)));
                    })
                    .onErrorResume(e -> Mono.just(failure(request, e)))
                    .publishOn(loop)
                    .flatMap(reply -> send(response, reply));
        };
    }

    private Mono<OperatorAuth.Verdict> authenticate(HttpServerRequest request) {
        String header = request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION);
        OperatorAuth.Verdict quick = auth.remembered(header);
        return quick != null ? Mono.just(quick)
                : Mono.defer(() -> Mono.fromFuture(CompletableFuture.supplyAsync(() -> auth.verify(header), authThread)));
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

    private static Mono<byte[]> body(HttpServerRequest request) {
        ApiError tooLarge = new ApiError(Reply.error(413, "body", "the body must be at most " + MAX_BODY_BYTES + " bytes"));
        Integer declared = request.requestHeaders().getInt(HttpHeaderNames.CONTENT_LENGTH);
        if (declared != null && declared > MAX_BODY_BYTES) {
            return Mono.error(tooLarge);
        }
        return request.receive().asByteArray().reduce(new ByteArrayOutputStream(), (out, chunk) -> {
            if (out.size() + chunk.length > MAX_BODY_BYTES) {
                throw tooLarge;
            }
            out.writeBytes(chunk);
            return out;
        }).map(ByteArrayOutputStream::toByteArray);
    }

    private static Reply failure(HttpServerRequest request, Throwable error) {
        Throwable e = Exceptions.unwrap(error);
        if (e instanceof ApiError api) {
            return api.reply();
        }
        if (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof RejectedExecutionException) {
            return Reply.error(429, null, "too many authentication attempts at once; try again");
        }
        LOG.warn("{} {} failed", request.method(), request.uri(), e);
        return Reply.error(500, null, "internal error: " + e.getClass().getSimpleName());
    }

    private static Mono<Void> send(HttpServerResponse response, Reply reply) {
        response.status(reply.status()).header(HttpHeaderNames.CONTENT_TYPE, reply.contentType());
        if (reply.status() == 401) {
            response.header(HttpHeaderNames.WWW_AUTHENTICATE, OperatorAuth.CHALLENGE);
        }
        return response.sendString(Mono.just(reply.body()), StandardCharsets.UTF_8).then();
    }

    /** Stops listening and releases the authentication thread and the GC listener. */
    @Override
    public void close() {
        server.disposeNow(Duration.ofSeconds(2));
        authThread.shutdownNow();
        metrics.close();
    }
}
