package io.reactiveocpp.engine.testing;

import io.reactiveocpp.engine.firmware.FileTransfer;
import io.reactiveocpp.engine.firmware.TransferException;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A file transfer for tests: records every upload attempt (when, where, the archive's entries as they were at that
 * moment) and answers each with the next planned outcome: success when none is planned, a failure, or a hold that
 * the test releases.
 */
public final class FakeTransfer implements FileTransfer {

    /** One upload attempt. */
    public record Attempt(long atMillis, URI location, String fileName, Map<String, String> entries) {
    }

    private final Scheduler time;
    private final ArrayDeque<Mono<Void>> planned = new ArrayDeque<>();
    public final List<Attempt> attempts = new ArrayList<>();
    public int canceled;

    public FakeTransfer(Scheduler time) {
        this.time = time;
    }

    /** The next {@code n} attempts fail with {@code reason}. */
    public FakeTransfer fail(int n, TransferException.Reason reason) {
        for (int i = 0; i < n; i++) {
            planned.add(Mono.error(new TransferException(reason, "planned failure " + reason)));
        }
        return this;
    }

    /** The next attempt waits until the test completes the returned sink. */
    public Sinks.Empty<Void> hold() {
        Sinks.Empty<Void> gate = Sinks.empty();
        planned.add(gate.asMono().doOnCancel(() -> canceled++));
        return gate;
    }

    @Override
    public Mono<Path> download(URI location, Path target, long maxBytes, LongConsumer progress) {
        return Mono.error(new AssertionError("no download expected"));
    }

    @Override
    public Mono<Void> upload(URI location, Path file) {
        return Mono.defer(() -> {
            attempts.add(new Attempt(time.now(TimeUnit.MILLISECONDS), location, file.getFileName().toString(),
                    read(file)));
            Mono<Void> outcome = planned.poll();
            return outcome == null ? Mono.empty() : outcome;
        });
    }

    private static Map<String, String> read(Path zip) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
