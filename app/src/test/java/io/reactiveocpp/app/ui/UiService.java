package io.reactiveocpp.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.GetConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.GetConfigurationRequest;
import eu.chargetime.ocpp.model.core.KeyValueType;
import io.reactiveocpp.app.Main;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.concurrent.TimeUnit;

/**
 * The whole service as a process of its own ({@code io.reactiveocpp.app.Main --hal sim --connectors 2} on this
 * test JVM's class path, as the service runs it), behind {@link #PASSWORD}, against Java-OCA-OCPP's server on
 * 127.0.0.1, with its local HTTP interface on a free port; plus a plain HTTP client of that interface.
 * Started once the interface answers and the backend has the boot. {@link #close()} kills the process by its
 * handle and closes the backend.
 */
final class UiService implements AutoCloseable {

    static final String PASSWORD = "browser-test s3cret";
    static final Duration WAIT = Duration.ofSeconds(20);
    static final ObjectMapper JSON = new ObjectMapper();

    final JavaOcaBackend backend = new JavaOcaBackend();
    final int port;
    private final Process process;
    private final Path log;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private UiService(Path dir) throws IOException, InterruptedException {
        port = freePort();
        log = dir.resolve("service.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--backend", backend.url(), "--id", "CP-UI", "--data-dir", dir.resolve("data").toString(),
                "--hal", "sim", "--connectors", "2", "--http-port", Integer.toString(port),
                "--admin-password", PASSWORD));
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            // the interface comes up once the charge point has started: retry while the port refuses
            Mono.fromCallable(() -> get("/health", null))
                    .retryWhen(Retry.fixedDelay(WAIT.toMillis() / 50, Duration.ofMillis(50))
                            .filter(e -> e instanceof UncheckedIOException && e.getCause() instanceof ConnectException
                                    && process.isAlive()))
                    .block(WAIT);
            backend.await(BootNotificationRequest.class, 1, (int) WAIT.toSeconds());
        } catch (RuntimeException | AssertionError e) {
            close();
            throw new AssertionError("the service did not come up; its log:\n" + logTail(), e);
        }
    }

    /** Starts the service with its files (data directory, log) in {@code dir}. */
    static UiService start(Path dir) throws IOException, InterruptedException {
        return new UiService(dir);
    }

    /** {@code http://127.0.0.1:PORT} + {@code path}. */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A GET with {@code header} ({@code "Name: value"}, or {@code null}: none) and no other credentials. */
    HttpResponse<String> get(String path, String header) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10));
        if (header != null) {
            String[] parts = header.split(": ", 2);
            request.header(parts[0], parts[1]);
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

    /** {@code GET /api/status} with HTTP Basic, as JSON; fails unless 200. */
    JsonNode status() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url("/api/status"))).GET());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /api/status: " + response.statusCode() + " " + response.body());
        }
        return json(response);
    }

    /** {@code PUT /api/config/{key}} with HTTP Basic: the answer as JSON, whatever its status code. */
    JsonNode putConfig(String key, String value) {
        String body = JSON.createObjectNode().put("value", value).toString();
        return json(send(HttpRequest.newBuilder(URI.create(url("/api/config/" + key)))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** Logs in as a script does ({@code POST /ui/login}, no text/html accepted): the session cookie's value. */
    String login() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/ui/login"))).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String cookie = response.headers().firstValue("Set-Cookie").orElseThrow(() -> new AssertionError(
                    "no session from POST /ui/login: " + response.statusCode() + " " + response.body()));
            return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            return client.send(request.timeout(Duration.ofSeconds(10)).header("Authorization", "Basic " + basic).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.statusCode() + " " + response.body(), e);
        }
    }

    /** The value of {@code key} in a GetConfiguration the backend sends now ({@code null}: not reported). */
    String ocppValue(String key) throws Exception {
        GetConfigurationRequest request = new GetConfigurationRequest();
        request.setKey(new String[] {key});
        GetConfigurationConfirmation answer = (GetConfigurationConfirmation) backend.send(request);
        if (answer.getConfigurationKey() == null) {
            return null;
        }
        for (KeyValueType value : answer.getConfigurationKey()) {
            if (value.getKey().equals(key)) {
                return value.getValue();
            }
        }
        return null;
    }

    /** The last part of the service's log, for failure messages. */
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
        try {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            backend.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
