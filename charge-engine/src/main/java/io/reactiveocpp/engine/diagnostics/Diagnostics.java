package io.reactiveocpp.engine.diagnostics;

import io.reactiveocpp.codec.type.DiagnosticsStatus;
import io.reactiveocpp.codec.type.LogType;
import io.reactiveocpp.codec.type.UploadLogStatus;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.firmware.FileTransfer;
import io.reactiveocpp.session.OcppClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GetDiagnostics (OCPP 1.6 sections 5.9, 4.4) and GetLog (1.6 security whitepaper): builds the archive, uploads it
 * through the {@link FileTransfer} with the request's retries, reports the progress, and deletes the archive when
 * the upload ends either way.
 *
 * <pre>
 *   accepted ──► Uploading ──► archive (zip, on the io scheduler) ──► upload ──► Uploaded
 *                                                                      │ fails: again after retryInterval,
 *                                                                      │        at most retries times
 *                                                                      └────► UploadFailed / UploadFailure
 * </pre>
 * One upload at a time: a new request cancels the running one (GetLog answers AcceptedCanceled), whose archive is
 * deleted and which reports nothing more. A GetDiagnostics reports DiagnosticsStatusNotification, a GetLog
 * LogStatusNotification with its requestId; a failed GetLog says why where the transfer knows it (PermissionDenied,
 * BadMessage, NotSupportedOperation). The archive {@code files/diagnostics/diagnostics-ID-yyyyMMdd-HHmmss.zip} (a
 * security log: {@code securitylog-...}) holds the log entries of the window, and for the diagnostics log also
 * {@code configuration.txt} (secrets removed), {@code queue.txt} and {@code status.txt}.
 *
 * <p>Confined to the engine's scheduler; the archive is written and deleted on {@code io} (one worker per upload, so
 * the delete follows the write), never on the engine's scheduler.
 */
public final class Diagnostics {

    private static final Logger LOG = LoggerFactory.getLogger(Diagnostics.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(5);

    private final OcppClient client;
    private final UploadReports reports;
    private final Configuration config;
    private final StatusText status;
    private final EngineClock clock;
    private final Scheduler scheduler;
    private final Scheduler io;
    private final FileTransfer transfer;
    private final Path files;
    private final LogSource logs;
    private Upload current;
    private String lastName;
    private int sameName;

    /** An upload under way. */
    private static final class Upload {
        private final UploadJob job;
        private final String fileName;
        private Disposable work;

        Upload(UploadJob job, String fileName) {
            this.job = job;
            this.fileName = fileName;
        }

        UploadJob job() {
            return job;
        }

        String fileName() {
            return fileName;
        }
    }

    /**
     * @param files the directory for archives ({@code null}: none, so nothing is uploaded)
     * @param io    where the archive is written and deleted (blocking allowed)
     */
    public Diagnostics(OcppClient client, Configuration config, StatusText status, EngineClock clock,
                       Scheduler scheduler, Scheduler io, FileTransfer transfer, Path files, LogSource logs) {
        this.client = client;
        this.reports = new UploadReports(client);
        this.config = config;
        this.status = status;
        this.clock = clock;
        this.scheduler = scheduler;
        this.io = io;
        this.transfer = transfer;
        this.files = files;
        this.logs = logs;
    }

    /**
     * Starts {@code job}, cancelling a running upload; returns the archive's file name, or {@code null} when there is
     * no directory for archives and so nothing to upload. Call on the engine's scheduler.
     */
    public String start(UploadJob job) {
        if (files == null) {
            LOG.warn("{} of {}: no directory for archives, nothing uploaded", what(job), job.location().getHost());
            return null;
        }
        cancel();
        String name = fileName(job);
        Upload upload = new Upload(job, name);
        current = upload;
        // after the answer: the CALLRESULT goes before the first status notification
        upload.work = Mono.defer(() -> run(upload)).subscribeOn(scheduler)
                .subscribe(null, error -> ended(upload, error), () -> ended(upload, null));
        return name;
    }

    /** Cancels the running upload, if any; returns whether there was one. Call on the engine's scheduler. */
    public boolean cancel() {
        Upload running = current;
        current = null;
        if (running != null) {
            LOG.info("{} to {} canceled by a newer request", running.fileName(), running.job().location().getHost());
            running.work.dispose();
        }
        return running != null;
    }

    /** Whether an upload runs. Call on the engine's scheduler. */
    public boolean running() {
        return current != null;
    }

    /**
     * The DiagnosticsStatus a TriggerMessage reports: Uploading while a GetDiagnostics upload runs, Idle otherwise.
     * Call on the engine's scheduler.
     */
    public DiagnosticsStatus diagnosticsStatus() {
        return current != null && !current.job().isGetLog() ? DiagnosticsStatus.UPLOADING : DiagnosticsStatus.IDLE;
    }

    /** The last status an upload reported, {@code Idle} before any. Call on the engine's scheduler. */
    public UploadState state() {
        return reports.last();
    }

    /** Sends DiagnosticsStatusNotification with {@link #diagnosticsStatus()} (TriggerMessage). */
    public void reportDiagnosticsStatus() {
        reports.diagnostics(diagnosticsStatus());
    }

    /**
     * Sends LogStatusNotification (ExtendedTriggerMessage): Uploading with its requestId while a GetLog upload runs,
     * else Idle without one (the whitepaper's requestId is optional only then). Call on the engine's scheduler.
     */
    public void reportLogStatus() {
        boolean uploading = current != null && current.job().isGetLog();
        reports.log(uploading ? UploadLogStatus.UPLOADING : UploadLogStatus.IDLE,
                uploading ? current.job().requestId() : null);
    }

    private Mono<Void> run(Upload upload) {
        UploadJob job = upload.job();
        reports.uploading(job);
        status.changed();
        Path archive = files.resolve("diagnostics").resolve(upload.fileName());
        Map<String, String> texts = new LinkedHashMap<>();
        if (job.type() == LogType.DIAGNOSTICS_LOG) {
            texts.put("configuration.txt", ConfigurationText.of(config));
            texts.put("status.txt", status.status());
        }
        String logName = job.type() == LogType.DIAGNOSTICS_LOG ? "log.txt" : "security-log.txt";
        Scheduler worker = Schedulers.single(io); // one worker: the delete below runs after the write
        return queue(job).map(queue -> {
                    if (job.type() == LogType.DIAGNOSTICS_LOG) {
                        texts.put("queue.txt", queue);
                    }
                    return texts;
                })
                .publishOn(worker)
                .map(t -> Archive.write(archive, logName, logs.entries(job.type(), job.from(), job.to()).toIterable(), t))
                .publishOn(scheduler)
                .flatMap(file -> Mono.defer(() -> transfer.upload(job.location(), file)).publishOn(scheduler)
                        .retryWhen(Retry.fixedDelay(job.retries(), job.retryInterval()).scheduler(scheduler)
                                .doBeforeRetry(s -> LOG.warn("{}: upload failed ({}), again in {} s", upload.fileName(),
                                        s.failure().getMessage(), job.retryInterval().toSeconds()))
                                .onRetryExhaustedThrow((spec, signal) -> signal.failure())))
                .doFinally(signal -> worker.schedule(() -> {
                    Archive.delete(archive);
                    worker.dispose();
                }));
    }

    /** The queue's summary (a GetDiagnostics or diagnostics log only), back on the engine's scheduler. */
    private Mono<String> queue(UploadJob job) {
        if (job.type() != LogType.DIAGNOSTICS_LOG) {
            return Mono.just("");
        }
        return client.queueStates().next().map(Optional::of).timeout(QUERY_TIMEOUT, scheduler)
                .onErrorReturn(Optional.empty()).defaultIfEmpty(Optional.empty())
                .zipWith(client.deadLetters(StatusText.DEAD_LETTERS).timeout(QUERY_TIMEOUT, scheduler)
                        .onErrorReturn(List.of()), (state, letters) -> StatusText.queue(state.orElse(null), letters))
                .publishOn(scheduler);
    }

    private void ended(Upload upload, Throwable error) {
        if (current != upload) {
            return; // canceled meanwhile
        }
        current = null;
        UploadJob job = upload.job();
        if (error == null) {
            LOG.info("{} uploaded to {}", upload.fileName(), job.location().getHost());
            reports.uploaded(job);
            status.changed();
            return;
        }
        LOG.warn("{} not uploaded to {}: {}", upload.fileName(), job.location().getHost(), error.getMessage());
        reports.failed(job, error);
        status.changed();
    }

    /** {@code diagnostics-ID-yyyyMMdd-HHmmss.zip}, with a counter when the last upload had the same name. */
    private String fileName(UploadJob job) {
        String id = config.value("ChargeBoxIdentity");
        id = id == null || id.isBlank() ? "chargepoint" : id.replaceAll("[^A-Za-z0-9._-]", "_");
        String base = (job.type() == LogType.SECURITY_LOG ? "securitylog-" : "diagnostics-") + id + "-"
                + STAMP.format(clock.now());
        sameName = base.equals(lastName) ? sameName + 1 : 0;
        lastName = base;
        return base + (sameName == 0 ? "" : "-" + sameName) + ".zip";
    }

    private static String what(UploadJob job) {
        return job.isGetLog() ? "GetLog " + job.requestId() : "GetDiagnostics";
    }
}
