package io.reactiveocpp.app;

import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.ResetRequest;
import eu.chargetime.ocpp.model.core.ResetType;
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
