package io.reactiveocpp.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.StatusNotificationRequest;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.reactiveocpp.app.ChargePointRuntime;
import io.reactiveocpp.app.Settings;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import reactor.core.publisher.Flux;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A charge point on the simulator (2 connectors) wired as the service wires it, against Java-OCA-OCPP's
 * server on 127.0.0.1, with the local HTTP interface on a free port; and an HTTP client for it that sends
 * bodies as {@code application/json}. Started once the backend has the boot and the first StatusNotification
 * of every connector. The interface's clock (login window, failed-login throttle) is {@link #clock}, in
 * virtual time.
 */
final class TestStation implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The password of {@link #start(Path)}, whose client sends it from the start. */
    static final String DEFAULT_PASSWORD = "test station password";

    final JavaOcaBackend backend = new JavaOcaBackend();
    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final ChargePointRuntime runtime;
    final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
    final LocalHttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String authorization;
    private int seen;

    private TestStation(Path dir, String password, Map<String, String> keys) throws InterruptedException {
        Settings settings = new Settings("CP-WEB", backend.url(), dir, 0, "127.0.0.1", "sim", 2, password,
                "in-process", "reactive-ocpp", "test", keys, 1, null);
        runtime = new ChargePointRuntime(settings, backend.url(), registry, () -> { });
        runtime.start(Reason.POWER_LOSS);
        server = LocalHttpServer.start(new HttpBinding("127.0.0.1", 0), true, PasswordHash.create(password),
                () -> runtime, registry, clock);
        backend.await(BootNotificationRequest.class, 1);
        awaitStatusNotification(n -> n.getConnectorId() == 1);
        awaitStatusNotification(n -> n.getConnectorId() == 2);
    }

    /** With {@link #DEFAULT_PASSWORD}, and a client that sends it. */
    static TestStation start(Path dir) throws InterruptedException {
        return new TestStation(dir, DEFAULT_PASSWORD, Map.of()).as(OperatorAuth.USER, DEFAULT_PASSWORD);
    }

    /** With {@code password}, and a client that sends no credentials until {@link #as}. */
    static TestStation start(Path dir, String password, Map<String, String> keys) throws InterruptedException {
        return new TestStation(dir, password, keys);
    }

    /** Sends {@code Authorization: Basic user:password} from now on ({@code null}: nothing). */
    TestStation as(String user, String password) {
        authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    HttpResponse<String> put(String path, String body) {
        return send("PUT", path, body);
    }

    HttpResponse<String> post(String path, String body) {
        return send("POST", path, body);
    }

    HttpResponse<String> delete(String path) {
        return send("DELETE", path, null);
    }

    HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** {@code GET /api/status} as JSON, expecting 200. */
    JsonNode status() {
        HttpResponse<String> response = get("/api/status");
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /api/status: " + response.statusCode() + " " + response.body());
        }
        return json(response);
    }

    /** The status of connector {@code n} in {@code GET /api/status}. */
    JsonNode connector(int n) {
        return status().get("connectors").get(n - 1);
    }

    /**
     * Asks {@code GET /api/status} every 50 ms until {@code condition} holds, for state that no message to the
     * backend marks (such as the transactionId bound after StartTransaction was answered); fails after 10 s.
     */
    JsonNode awaitStatus(Predicate<JsonNode> condition) {
        JsonNode status = Flux.interval(Duration.ZERO, Duration.ofMillis(50)).map(i -> status()).filter(condition)
                .blockFirst(Duration.ofSeconds(10));
        if (status == null) {
            throw new AssertionError("no matching status");
        }
        return status;
    }

    /** Waits (10 s at most) for the next StatusNotification at the backend that matches, in arrival order. */
    StatusNotificationRequest awaitStatusNotification(Predicate<StatusNotificationRequest> matching)
            throws InterruptedException {
        for (int n = seen + 1; ; n++) {
            List<StatusNotificationRequest> all = backend.await(StatusNotificationRequest.class, n);
            seen = n;
            if (matching.test(all.get(n - 1))) {
                return all.get(n - 1);
            }
        }
    }

    /** The StatusNotifications the backend received so far. */
    List<StatusNotificationRequest> statusNotifications() {
        return backend.received.stream().filter(StatusNotificationRequest.class::isInstance)
                .map(StatusNotificationRequest.class::cast).toList();
    }

    /** A raw HTTP/1.1 client of this interface, for requests that {@link HttpClient} will not send. */
    RawHttp raw() {
        return new RawHttp(server.port());
    }

    @Override
    public void close() {
        server.close();
        runtime.close();
        backend.close();
    }
}
