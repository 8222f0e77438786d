package io.reactiveocpp.engine.testing;

import io.reactiveocpp.engine.firmware.FileTransfer;
import io.reactiveocpp.engine.firmware.TransferException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * A {@link FileTransfer} serving files from memory in virtual time: each download takes {@link #downloadTime} on
 * the test's scheduler, writes the bytes (half of them and fails when {@link #failures} is above zero), and records
 * when it began (scheduler millis) and the size limit it was given.
 */
public final class FakeDownloads implements FileTransfer {

    private final Scheduler time;
    private final Map<URI, byte[]> files = new HashMap<>();
    /** When each download began, scheduler millis. */
    public final List<Long> attempts = new ArrayList<>();
    public final List<Long> limits = new ArrayList<>();
    /** How many downloads still fail (dropped connection after half of the file). */
    public int failures;
    public Duration downloadTime = Duration.ZERO;

    public FakeDownloads(Scheduler time) {
        this.time = time;
    }

    public void serve(String location, byte[] content) {
        files.put(URI.create(location), content);
    }

    @Override
    public Mono<Path> download(URI location, Path target, long maxBytes, LongConsumer progress) {
        return Mono.defer(() -> {
            attempts.add(time.now(TimeUnit.MILLISECONDS));
            limits.add(maxBytes);
            return Mono.delay(downloadTime, time).then(Mono.fromCallable(() -> {
                byte[] content = files.get(location);
                if (content == null) {
                    throw new TransferException(TransferException.Reason.NOT_FOUND, "404 " + location.getPath());
                }
                boolean fail = failures > 0;
                failures = Math.max(0, failures - 1);
                write(target, fail ? java.util.Arrays.copyOf(content, content.length / 2) : content);
                progress.accept(Files.size(target));
                if (fail) {
                    throw new TransferException(TransferException.Reason.INTERRUPTED, "connection dropped");
                }
                return target;
            }));
        });
    }

    @Override
    public Mono<Void> upload(URI location, Path file) {
        return Mono.error(new UnsupportedOperationException("no uploads here"));
    }

    private static void write(Path target, byte[] bytes) {
        try {
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
