package io.reactiveocpp.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local HTTP interface is bound only once the first connection attempt has settled, so that it stays off the
 * way to the first BootNotification; and at most {@link Main#HTTP_WAIT_CAP} after the start. The backend here
 * takes the TCP connection and never answers the WebSocket upgrade: the attempt stays open.
 */
class HttpAfterFirstAttemptTest {

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void theInterfaceWaitsWhileTheFirstAttemptIsOpenAndComesAtTheCap() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
                try {
                    return silent.accept(); // held open, never answered
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            int port = freePort();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path log = dir.resolve("service.log");
            Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "--backend", "ws://127.0.0.1:" + silent.getLocalPort(), "--id", "CP-SLOW",
                    "--data-dir", dir.resolve("data").toString(), "--http-port", Integer.toString(port),
                    "--admin-password", "s3cret").redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try (Socket attempt = accepted.get(30, TimeUnit.SECONDS)) {
                long attemptOpen = System.nanoTime();
                // while the attempt is open: nothing listens on the interface's port
                // twenty probes 100 ms apart (counted, not timed: a timed end would interrupt a probe under way)
                List<Integer> whileOpen = Flux.interval(Duration.ZERO, Duration.ofMillis(100))
                        .take(20).map(i -> health(port)).collectList().block();
                assertThat(whileOpen).as(Files.readString(log)).isNotEmpty().containsOnly(-1);
                // at the latest at the cap (counted from the start, a little before the attempt opened)
                Duration left = Duration.ofNanos(attemptOpen + Main.HTTP_WAIT_CAP.toNanos()
                        + TimeUnit.SECONDS.toNanos(5) - System.nanoTime());
                int status = Flux.interval(Duration.ofMillis(100), Duration.ofMillis(100)).map(i -> health(port))
                        .filter(answer -> answer != -1).next().timeout(left, Mono.just(-1)).block();
                assertThat(status).as(Files.readString(log)).isEqualTo(200);
                assertThat(attempt.isClosed()).isFalse();
            } finally {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * The status of {@code GET /health}, -1 when nothing listens, or when the probe was interrupted because the wait
     * for an answer ended (its value then reaches no one).
     */
    private int health(int port) {
        try {
            return healthOrThrow(port);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int healthOrThrow(int port) throws Exception {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (ConnectException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
