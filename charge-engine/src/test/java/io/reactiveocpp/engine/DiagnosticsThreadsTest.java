package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.firmware.DiagnosticsStatusNotificationRequest;
import io.reactiveocpp.codec.message.firmware.GetDiagnosticsRequest;
import io.reactiveocpp.codec.type.DiagnosticsStatus;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.diagnostics.LogSource;
import io.reactiveocpp.engine.firmware.FileTransfer;
import io.reactiveocpp.engine.store.MemoryEngineStore;
import io.reactiveocpp.engine.testing.FakeStation;
import io.reactiveocpp.engine.testing.RecordingClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charge point as it runs: a real engine thread and the default file work (boundedElastic). The log is read
 * and the archive written off the engine's thread; the upload's end comes back to it. Everything the recording
 * backend holds is read on the engine's thread.
 */
class DiagnosticsThreadsTest {

    private final Scheduler engine = Schedulers.newSingle("engine-under-test");
    private final RecordingClient backend = new RecordingClient();
    private final CompletableFuture<String> logReadOn = new CompletableFuture<>();
    private final CompletableFuture<Boolean> archiveThereAtUpload = new CompletableFuture<>();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        engine.dispose();
    }

    @Test
    void theArchiveIsBuiltOffTheEngineThreadAndTheUploadEndsOnIt() throws Exception {
        LogSource logs = (type, from, to) -> Flux.defer(() -> {
            logReadOn.complete(Thread.currentThread().getName());
            return Flux.just("2026-11-25T11:00:00.000Z INFO  [engine] x");
        });
        FileTransfer transfer = new FileTransfer() {
            @Override
            public Mono<Path> download(URI location, Path target, long maxBytes, LongConsumer progress) {
                return Mono.error(new UnsupportedOperationException());
            }

            @Override
            public Mono<Void> upload(URI location, Path file) {
                archiveThereAtUpload.complete(Files.isRegularFile(file));
                return Mono.delay(Duration.ofMillis(20)).then(); // completes on a parallel thread
            }
        };
        Configuration config = new Configuration(new KeyCatalogue(1), new MemoryEngineStore());
        new ChargePoint(backend, new FakeStation(1), config, new MemoryEngineStore(), engine,
                new StationIdentity("ACME", "Wallbox", null, null, null, null, null, null, null), transfer, dir)
                .logSource(logs).start();

        String fileName = backend.receive(new GetDiagnosticsRequest("ftp://127.0.0.1/up/", 0, 1, null, null)).fileName();

        assertThat(logReadOn.get(10, TimeUnit.SECONDS)).startsWith("boundedElastic");
        assertThat(archiveThereAtUpload.get(10, TimeUnit.SECONDS)).isTrue();
        List<DiagnosticsStatus> statuses = new ArrayList<>();
        Path archive = dir.resolve("diagnostics").resolve(fileName);
        // the recording backend is read on the engine's thread, every 10 ms, until both statuses are in and the
        // archive is gone (or 10 s pass: then the assertions below say what is missing)
        Flux.interval(Duration.ZERO, Duration.ofMillis(10), engine)
                .map(tick -> statuses.addAll(backend.takeAll(DiagnosticsStatusNotificationRequest.class).stream()
                        .map(o -> o.<DiagnosticsStatusNotificationRequest>request().status()).toList()))
                .filter(tick -> statuses.size() >= 2 && !Files.exists(archive))
                .next().timeout(Duration.ofSeconds(10)).onErrorResume(e -> Mono.empty()).block();
        assertThat(statuses).containsExactly(DiagnosticsStatus.UPLOADING, DiagnosticsStatus.UPLOADED);
        assertThat(archive).as("deleted after the upload").doesNotExist();
    }
}
