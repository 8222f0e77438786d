package io.reactiveocpp.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service as a process of its own: {@code java -cp <this test JVM's class path> io.reactiveocpp.app.Main
 * --backend URL --id ID --data-dir DIR --http-port PORT --admin-password ...}, with stdout and stderr in a log
 * file, and an HTTP client for its local interface (HTTP Basic {@code admin}). The class path rather than
 * {@code app/target/reactive-ocpp.jar}: the shaded jar is made in the package phase, after the tests, so it
 * would be missing or stale here; the class path runs the same {@link Main} on the same libraries.
 *
 * <p>Waiting is polling: {@link #awaitStatus} asks {@code GET /api/status} every {@value #POLL_MILLIS} ms.
 * {@link #close()} kills the process (by its handle) if it still runs.
 */
final class ServiceProcess implements AutoCloseable {

    private static final String PASSWORD = "e2e-s3cret";
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final long POLL_MILLIS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SENT = Pattern.compile(
            "ocpp_calls_sent_total\\{action=\"([A-Za-z]+)\",outcome=\"([A-Za-z]+)\",?} ([0-9.E]+)");

    private final Process process;
    private final Path log;
    private final int httpPort;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    private ServiceProcess(Process process, Path log, int httpPort) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
    }

    /**
     * Starts the service on a free HTTP port and returns once its interface answers; {@code config} (a YAML
     * file) may be {@code null}. The JVM gets the small board's flags that matter for a fast start.
     */
    static ServiceProcess start(String backendUrl, String id, Path dataDir, Path config, Path log) throws IOException {
        return start(backendUrl, id, dataDir, config, log, Map.of());
    }

    /** {@link #start(String, String, Path, Path, Path)} with more environment variables for the process. */
    static ServiceProcess start(String backendUrl, String id, Path dataDir, Path config, Path log,
                                Map<String, String> environment) throws IOException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--backend", backendUrl, "--id", id, "--data-dir", dataDir.toString(),
                "--http-port", Integer.toString(port), "--admin-password", PASSWORD));
        if (config != null) {
            command.addAll(List.of("--config", config.toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        ServiceProcess service = new ServiceProcess(process, log, port);
        try {
            // the interface comes up once the charge point has started: retry while the port refuses
            Mono.fromCallable(() -> service.request("GET", "/api/status", null))
                    .retryWhen(Retry.fixedDelay(WAIT.toMillis() / POLL_MILLIS, Duration.ofMillis(POLL_MILLIS))
                            .filter(e -> e instanceof UncheckedIOException && e.getCause() instanceof ConnectException
                                    && process.isAlive()))
                    .block(WAIT);
        } catch (RuntimeException e) {
            service.close();
            throw new AssertionError("the service did not come up; its log:\n" + service.logTail(), e);
        }
        return service;
    }

    /** {@code GET /api/status} as JSON, expecting 200. */
    JsonNode status() {
        HttpResponse<String> response = request("GET", "/api/status", null);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /api/status: " + response.statusCode() + " " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** Polls {@code GET /api/status} until {@code condition} holds; fails naming {@code what} after {@link #WAIT}. */
    JsonNode awaitStatus(String what, Predicate<JsonNode> condition) {
        JsonNode[] last = {null};
        try {
            return Flux.interval(Duration.ZERO, Duration.ofMillis(POLL_MILLIS)).onBackpressureDrop()
                    .concatMap(i -> Mono.fromCallable(this::status), 1)
                    .doOnNext(status -> last[0] = status)
                    .filter(condition)
                    .blockFirst(WAIT);
        } catch (RuntimeException e) {
            throw new AssertionError("no status with " + what + " within " + WAIT.toSeconds() + " s (" + e.getMessage()
                    + "); the last: " + last[0] + "\nthe service's log:\n" + logTail(), e);
        }
    }

    /**
     * Polls until at least {@code min} transaction messages are queued and the depth has not changed for
     * {@code quiet}: then every one of them is on disk (a message is stored within milliseconds of being
     * queued), and the next periodic sample is still some way off.
     */
    JsonNode awaitSettledQueue(int min, Duration quiet) {
        int[] depth = {-1};
        long[] since = {0};
        String what = "at least " + min + " queued messages, unchanged for " + quiet.toMillis() + " ms";
        return awaitStatus(what, status -> {
            int now = status.at("/queue/depth").asInt();
            if (now != depth[0]) {
                depth[0] = now;
                since[0] = System.nanoTime();
                return false;
            }
            return now >= min && System.nanoTime() - since[0] >= quiet.toNanos();
        });
    }

    /** A simulator control ({@code /api/sim/...}), expecting 202. */
    void sim(String path, String body) {
        HttpResponse<String> response = request("POST", "/api/sim/" + path, body);
        if (response.statusCode() != 202) {
            throw new AssertionError("POST /api/sim/" + path + ": " + response.statusCode() + " " + response.body());
        }
    }

    void plug(int connectorId) {
        sim("connectors/" + connectorId + "/plug", null);
    }

    void unplug(int connectorId) {
        sim("connectors/" + connectorId + "/unplug", null);
    }

    void presentCard(String idTag, int connectorId) {
        sim("rfid", "{\"idTag\": \"" + idTag + "\", \"connectorId\": " + connectorId + "}");
    }

    /** {@code PUT /api/config/{key}}, expecting 200 Accepted. */
    void configure(String key, String value) {
        HttpResponse<String> response = request("PUT", "/api/config/" + key, "{\"value\": \"" + value + "\"}");
        if (response.statusCode() != 200 || !response.body().contains("Accepted")) {
            throw new AssertionError("PUT /api/config/" + key + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** From {@code GET /metrics}: how often the service sent {@code action}, per outcome, as {@code outcome=count}. */
    /** {@code GET /metrics}: the Prometheus text. */
    String metrics() {
        return request("GET", "/metrics", null).body();
    }

    List<String> sent(String action) {
        List<String> outcomes = new ArrayList<>();
        Matcher m = SENT.matcher(request("GET", "/metrics", null).body());
        while (m.find()) {
            if (m.group(1).equals(action)) {
                outcomes.add(m.group(2) + "=" + (long) Double.parseDouble(m.group(3)));
            }
        }
        return outcomes;
    }

    /** {@code POST path} with the admin's credentials and no body. */
    HttpResponse<String> post(String path) {
        return request("POST", path, null);
    }

    /** The HTTP status of {@code GET /health} (no credentials): 200 up, 503 while the charge point restarts. */
    int health() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health"))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The OCPP status of connector {@code n} in a {@code GET /api/status} answer. */
    static String statusOf(JsonNode status, int n) {
        return status.get("connectors").get(n - 1).get("status").asText();
    }

    /** The transactionId of connector {@code n} in a {@code GET /api/status} answer, 0 for none. */
    static int transactionIdOf(JsonNode status, int n) {
        return status.get("connectors").get(n - 1).get("transactionId").asInt();
    }

    /** SIGKILL ({@link Process#destroyForcibly()} on Linux), then waits for the end; returns the exit value. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the killed service did not end");
        }
        return process.exitValue();
    }

    /** SIGTERM (a graceful stop: the stores are flushed), then waits for the end; returns the exit value. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new AssertionError("the service did not stop on SIGTERM");
        }
        return process.exitValue();
    }

    /** Waits (at most {@code within}) for the process to end by itself; returns its exit value. */
    int awaitExit(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the service did not end within " + within.toSeconds() + " s; its log:\n"
                    + logTail());
        }
        return process.exitValue();
    }

    /** Whether the process still runs. */
    boolean alive() {
        return process.isAlive();
    }

    /** The whole log so far. */
    String log() throws IOException {
        return Files.readString(log);
    }

    /** The last lines of the service's log, for failure messages. */
    String logTail() {
        try {
            String text = Files.readString(log);
            return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private HttpResponse<String> request(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
