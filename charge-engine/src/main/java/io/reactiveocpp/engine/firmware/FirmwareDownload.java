package io.reactiveocpp.engine.firmware;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.util.retry.Retry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One firmware download with its retries: {@code retries + 1} attempts through the {@link FileTransfer},
 * {@code retryInterval} apart (an unsupported scheme, no file directory or a file over the limit is not tried
 * again); when it gives up, the partial file is deleted. Confined to the engine's scheduler; after {@link #cancel()}
 * nothing of it runs any more.
 */
final class FirmwareDownload {

    private static final Logger LOG = LoggerFactory.getLogger(FirmwareDownload.class);

    private final FirmwareJob job;
    private final Path target;
    private final FileTransfer transfer;
    private final Scheduler scheduler;
    private final LongSupplier maxBytes;
    private final Runnable done;
    private final Consumer<Throwable> gaveUp;
    private Disposable pending;
    private boolean cancelled;
    private int attempt;
    private volatile long bytes;
    private long nextLog = 1 << 20;

    /** {@code target} {@code null}: no directory for files, so the download fails. */
    FirmwareDownload(FirmwareJob job, Path target, FileTransfer transfer, Scheduler scheduler, LongSupplier maxBytes,
                     Runnable done, Consumer<Throwable> gaveUp) {
        this.job = job;
        this.target = target;
        this.transfer = transfer;
        this.scheduler = scheduler;
        this.maxBytes = maxBytes;
        this.done = done;
        this.gaveUp = gaveUp;
    }

    /** Starts the download: the first attempt now, the retries {@code retryInterval} apart (Reactor's retry). */
    void attempt() {
        pending = Mono.defer(this::once)
                .retryWhen(Retry.fixedDelay(job.retries(), Duration.ofSeconds(job.retryIntervalSeconds()))
                        .filter(error -> !hopeless(error)).scheduler(scheduler)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                .publishOn(scheduler)
                .subscribe(path -> {
                    if (!cancelled) {
                        LOG.info("firmware downloaded from {}: {} bytes", job.safeLocation(), bytes);
                        done.run();
                    }
                }, this::givenUp);
    }

    /** One attempt, on the engine's scheduler. */
    private Mono<Path> once() {
        attempt++;
        LOG.info("firmware download from {}, attempt {} of {}", job.safeLocation(), attempt, job.retries() + 1);
        if (target == null) {
            return failed(new TransferException(TransferException.Reason.UNSUPPORTED, "no directory for files"));
        }
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            return failed(new TransferException(TransferException.Reason.DISK, e.toString(), e));
        }
        return transfer.download(job.location(), target, maxBytes.getAsLong(), this::progress)
                .publishOn(scheduler)
                .onErrorResume(this::failed);
    }

    /** Stops the attempt under way or the wait for the next one, and deletes the partial file. */
    void cancel() {
        cancelled = true;
        if (pending != null) {
            pending.dispose();
        }
        delete();
    }

    /** Deletes the file, downloaded or partial. */
    void delete() {
        if (target == null) {
            return;
        }
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            LOG.warn("the firmware file {} could not be deleted: {}", target, e.getMessage());
        }
    }

    /**
     * Keeps the bytes so far for {@code /api/status} and logs them at 1, 2, 4, 8, ... MiB. Called on the transfer's
     * thread for every chunk, one call after the other: a volatile write, not a task on the engine's scheduler.
     */
    private void progress(long received) {
        bytes = received;
        if (received >= nextLog) {
            LOG.info("firmware download from {}: {} MiB so far", job.safeLocation(), received >> 20);
            while (nextLog <= received) {
                nextLog <<= 1;
            }
        }
    }

    int attempts() {
        return attempt;
    }

    long bytes() {
        return bytes;
    }

    private Mono<Path> failed(Throwable error) {
        LOG.warn("firmware download from {}, attempt {}: {}", job.safeLocation(), attempt, error.getMessage());
        return Mono.error(error);
    }

    /** An unsupported scheme, no file directory or a file over the limit: trying again cannot help. */
    private static boolean hopeless(Throwable error) {
        return error instanceof TransferException t && (t.reason() == TransferException.Reason.UNSUPPORTED
                || t.reason() == TransferException.Reason.TOO_LARGE);
    }

    private void givenUp(Throwable error) {
        if (cancelled) {
            return;
        }
        delete();
        gaveUp.accept(error);
    }
}
