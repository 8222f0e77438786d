package io.reactiveocpp.app;

import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.ResetRequest;
import eu.chargetime.ocpp.model.core.ResetType;
import io.reactiveocpp.app.web.AdminPassword;
import io.reactiveocpp.app.web.LogCapture;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service started from the command line serves the local HTTP interface, and stops serving it at exit. */
class MainHttpTest {

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theServiceServesTheInterfaceBehindTheAdminPasswordUntilItExits() throws Exception {
        int port = freePort();
        try (JavaOcaBackend backend = new JavaOcaBackend()) {
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> new CommandLine(new Main()).execute(
                    "--backend", backend.url(), "--id", "CP-MAIN", "--data-dir", dir.toString(),
                    "--http-port", Integer.toString(port), "--admin-password", "s3cret", "--restart-mode", "exit"));
            backend.await(BootNotificationRequest.class, 1);
            String admin = "Basic " + Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8));

            // the interface comes up right after the charge point has started: retry while the port refuses
            HttpResponse<String> status = Mono.fromCallable(() -> get(port, "/api/status", admin))
                    .retryWhen(Retry.fixedDelay(200, Duration.ofMillis(25)).filter(ConnectException.class::isInstance))
                    .block(Duration.ofSeconds(10));
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(status.body()).contains("\"chargePointId\":\"CP-MAIN\"");
            assertThat(get(port, "/api/status", null).statusCode()).isEqualTo(401);

            // a Reset with --restart-mode exit ends the process, and the interface with it
            backend.send(new ResetRequest(ResetType.Soft));
            assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(Main.RESTART_EXIT_CODE);
            assertThatThrownBy(() -> get(port, "/api/status", admin)).as("closed at exit")
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void withoutAConfiguredPasswordTheFirstStartGeneratesOneThatLaterStartsKeep() throws Exception {
        int port = freePort();
        try (JavaOcaBackend backend = new JavaOcaBackend(); LogCapture log = LogCapture.of(AdminPassword.class)) {
            CompletableFuture<Integer> first = start(backend, port);
            backend.await(BootNotificationRequest.class, 1);
            awaitHealth(port);
            assertThat(log.warnings()).hasSize(1);
            Matcher printed = Pattern.compile("password ([A-Za-z0-9_-]{20}) \\(shown only this once").matcher(log.warnings().get(0));
            assertThat(printed.find()).as(log.warnings().get(0)).isTrue();
            String admin = basic(printed.group(1));
            assertThat(log.warnings().get(0)).contains(dir.resolve(AdminPassword.FILE).toAbsolutePath().toString());
            assertThat(get(port, "/api/status", null).statusCode()).as("never open").isEqualTo(401);
            assertThat(get(port, "/api/status", basic("s3cret")).statusCode()).isEqualTo(401);
            assertThat(get(port, "/api/status", admin).statusCode()).isEqualTo(200);
            backend.send(new ResetRequest(ResetType.Soft));
            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(Main.RESTART_EXIT_CODE);

            CompletableFuture<Integer> second = start(backend, port);
            backend.await(BootNotificationRequest.class, 2);
            awaitHealth(port);
            assertThat(get(port, "/api/status", admin).statusCode()).as("the stored password").isEqualTo(200);
            assertThat(log.warnings()).as("printed only at the first start").hasSize(1);
            backend.send(new ResetRequest(ResetType.Soft));
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(Main.RESTART_EXIT_CODE);
        }
    }

    @Test
    void fleetModeIsNeverOpenEither() throws Exception {
        int port = freePort();
        try (LogCapture log = LogCapture.of(AdminPassword.class)) {
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> new CommandLine(new Main()).execute(
                    "--fleet", "1", "--demo", "--fleet-seconds", "10", "--data-dir", dir.toString(),
                    "--http-port", Integer.toString(port)));
            awaitHealth(port);
            assertThat(get(port, "/metrics", null).statusCode()).isEqualTo(401);
            assertThat(log.warnings()).singleElement().asString().contains("generated");
            assertThat(dir.resolve(AdminPassword.FILE)).exists();
            assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        }
    }

    private CompletableFuture<Integer> start(JavaOcaBackend backend, int port) {
        return CompletableFuture.supplyAsync(() -> new CommandLine(new Main()).execute(
                "--backend", backend.url(), "--id", "CP-MAIN", "--data-dir", dir.toString(),
                "--http-port", Integer.toString(port), "--restart-mode", "exit"));
    }

    /** {@code GET /health} without credentials, retried while the port refuses; expects 200. */
    private void awaitHealth(int port) {
        HttpResponse<String> health = Mono.fromCallable(() -> get(port, "/health", null))
                .retryWhen(Retry.fixedDelay(200, Duration.ofMillis(25)).filter(ConnectException.class::isInstance))
                .block(Duration.ofSeconds(10));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(int port, String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
