package io.reactiveocpp.engine.firmware;

import io.reactiveocpp.codec.type.FirmwareStatus;
import io.reactiveocpp.codec.type.SignedFirmwareStatus;
import io.reactiveocpp.codec.type.UpdateFirmwareStatus;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.security.SecurityEventSink;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.connector.Connectors;
import io.reactiveocpp.engine.hal.HardwareBridge;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.session.OcppClient;
import org.bouncycastle.cert.X509CertificateHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/**
 * Firmware updates (OCPP 1.6 sections 3.12.1, 5.19; security whitepaper "Secure firmware update"): one at a time, a
 * newer request replacing (cancelling) the older unless that one is already installing. The download starts at
 * the retrieve date (persisted in the namespace {@code firmware}, so a scheduled one survives a restart; a date
 * already past starts at once), into {@code files/firmware/} through the {@link FileTransfer}, at most
 * {@code FirmwareMaxSize} bytes, tried {@code retries + 1} times {@code retryInterval} apart; the partial file is
 * deleted when giving up. A signed firmware's signature is checked before anything is installed. The install
 * waits until no transaction runs, goes through the HAL, and on success reboots; after the restart the engine
 * reports Installed once the backend accepted the BootNotification, and the new version (the HAL's, remembered
 * in the store) goes into BootNotification. Nothing here stops a running transaction. Confined to the engine's
 * scheduler.
 */
public final class FirmwareUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(FirmwareUpdates.class);
    static final String NAMESPACE = "firmware";
    private static final String JOB = "job";
    private static final String INSTALLED = "installed";
    private static final String VERSION = "version";

    private final FirmwareReports reports;
    private final Configuration config;
    private final EngineStore store;
    private final Scheduler scheduler;
    private final EngineClock clock;
    private final HardwareBridge bridge;
    private final IntPredicate busy;
    private final FileTransfer transfer;
    private final Path directory;
    private final UpdateAvailability availability;
    private final Connectors connectors; // told of every phase, for the operator's live status
    private FirmwareJob job;
    private SignedFirmwareStatus phase = SignedFirmwareStatus.IDLE;
    private Disposable pending;
    private FirmwareDownload download;
    private int generation;
    private boolean waitingForTransactions;
    private X509Certificate certificate;
    private Scheduler fileWork = Schedulers.boundedElastic();
    private Supplier<List<X509CertificateHolder>> manufacturerRoots = List::of;

    /** {@code busy}: whether a transaction runs on a connector; {@code files}: {@code null} when there is none. */
    public FirmwareUpdates(OcppClient client, Configuration config, EngineStore store, Scheduler scheduler,
                           EngineClock clock, HardwareBridge bridge, Connectors connectors, IntPredicate busy,
                           FileTransfer transfer, Path files, SecurityEventSink events) {
        this.reports = new FirmwareReports(client, events);
        this.config = config;
        this.store = store;
        this.scheduler = scheduler;
        this.clock = clock;
        this.bridge = bridge;
        this.busy = busy;
        this.transfer = transfer;
        this.directory = files == null ? null : files.resolve("firmware");
        this.availability = new UpdateAvailability(connectors);
        this.connectors = connectors;
    }

    /** The firmware version installed by the last successful update, or {@code null}; read at startup. */
    public static String installedVersion(EngineStore store) {
        return store.load(NAMESPACE).get(VERSION);
    }

    /**
     * After the first accepted BootNotification: reports Installed for an install the restart completed, and
     * resumes an update that was scheduled or running before the restart.
     */
    public void restore() {
        var stored = store.load(NAMESPACE);
        String installed = stored.get(INSTALLED);
        if (installed != null) {
            store.remove(NAMESPACE, INSTALLED);
            reports.status(installed.isEmpty() ? null : Integer.valueOf(installed), SignedFirmwareStatus.INSTALLED);
            reports.securityEvent("FirmwareUpdated", "firmware version " + stored.get(VERSION));
        }
        String text = stored.get(JOB);
        if (text != null && job == null) {
            try {
                FirmwareJob restored = FirmwareJob.decode(text);
                begin(restored, restored.signed() ? signer(restored) : null);
            } catch (FirmwareSignatures.Refused | RuntimeException e) {
                LOG.error("the stored firmware update cannot be read, dropped: {}", e.getMessage());
                store.remove(NAMESPACE, JOB);
            }
        }
    }

    /**
     * Takes a new update: Accepted, AcceptedCanceled when it replaces one that had not begun installing, Rejected
     * while one installs, InvalidCertificate when a signed one's certificate does not chain to a manufacturer root.
     */
    public UpdateFirmwareStatus accept(FirmwareJob next) {
        if (phase == SignedFirmwareStatus.INSTALLING || phase == SignedFirmwareStatus.INSTALL_REBOOTING) {
            LOG.warn("firmware update refused: the previous one is installing");
            return UpdateFirmwareStatus.REJECTED;
        }
        X509Certificate signer = null;
        if (next.signed()) {
            try {
                signer = signer(next);
            } catch (FirmwareSignatures.Refused e) {
                LOG.warn("SignedUpdateFirmware {}: InvalidCertificate: {}", next.requestId(), e.getMessage());
                reports.securityEvent("InvalidFirmwareSigningCertificate", e.getMessage());
                return UpdateFirmwareStatus.INVALID_CERTIFICATE;
            }
        }
        boolean replaced = job != null;
        if (replaced) {
            LOG.info("firmware update from {} replaced by {}", job.safeLocation(), next.safeLocation());
            end(); // its partial file goes too: the newer one may have the same name
        }
        store.put(NAMESPACE, JOB, next.encode());
        begin(next, signer);
        return replaced ? UpdateFirmwareStatus.ACCEPTED_CANCELED : UpdateFirmwareStatus.ACCEPTED;
    }

    /** The status TriggerMessage FirmwareStatusNotification reports: Idle unless an update is under way. */
    public FirmwareStatus triggered() {
        FirmwareStatus status = job == null ? null : FirmwareReports.plain(phase);
        return status == null ? FirmwareStatus.IDLE : status;
    }

    /**
     * Sends SignedFirmwareStatusNotification (ExtendedTriggerMessage FirmwareStatusNotification): the running
     * update's status and requestId, or Idle without requestId when none runs.
     */
    public void reportSignedStatus() {
        reports.signed(job == null ? SignedFirmwareStatus.IDLE : phase, job == null ? null : job.requestId());
    }

    /** What the update is doing, for the local status. */
    public FirmwareState state() {
        return job == null ? FirmwareState.IDLE
                : new FirmwareState(phase.literal(), job.requestId(), job.safeLocation(), download.bytes(),
                download.attempts());
    }

    /** A transaction ended: its connector may go down, and a waiting install may begin. */
    public void transactionEnded(int connectorId) {
        availability.transactionEnded(connectorId);
        if (waitingForTransactions && !anyBusy()) {
            waitingForTransactions = false;
            install();
        }
    }

    private void begin(FirmwareJob next, X509Certificate signer) {
        job = next;
        certificate = signer;
        generation++;
        download = new FirmwareDownload(next, directory == null ? null : directory.resolve(next.fileName()), transfer,
                scheduler, () -> config.integer("FirmwareMaxSize"), this::downloaded, error -> {
                    move(SignedFirmwareStatus.DOWNLOAD_FAILED);
                    end();
                });
        long wait = Duration.between(clock.now(), next.retrieveAt()).toMillis();
        if (wait > 0) {
            move(SignedFirmwareStatus.DOWNLOAD_SCHEDULED);
            LOG.info("firmware download from {} scheduled at {}", next.safeLocation(), next.retrieveAt());
            pending = scheduler.schedule(this::download, wait, TimeUnit.MILLISECONDS);
        } else {
            download();
        }
    }

    private void download() {
        if (config.bool("UnavailableDuringFirmwareUpdate")) {
            availability.takeDown(busy);
        }
        move(SignedFirmwareStatus.DOWNLOADING);
        download.attempt();
    }

    private void downloaded() {
        move(SignedFirmwareStatus.DOWNLOADED);
        if (!job.signed()) {
            verified();
            return;
        }
        // reading up to FirmwareMaxSize bytes for the signature blocks: off the engine's scheduler
        int current = generation;
        X509Certificate signer = certificate;
        FirmwareJob checking = job;
        pending = Mono.fromCallable(() -> signatureValid(signer, checking)).subscribeOn(fileWork)
                .publishOn(scheduler)
                .subscribe(valid -> {
                    if (current != generation) {
                        return;
                    }
                    if (!valid) {
                        move(SignedFirmwareStatus.INVALID_SIGNATURE);
                        reports.securityEvent("InvalidFirmwareSignature", "firmware from " + job.safeLocation());
                        download.delete();
                        end();
                        return;
                    }
                    move(SignedFirmwareStatus.SIGNATURE_VERIFIED);
                    verified();
                });
    }

    /** The installed ManufacturerRootCertificates, read on the engine's scheduler when a signed update is checked. */
    public void manufacturerRoots(Supplier<List<X509CertificateHolder>> roots) {
        this.manufacturerRoots = roots;
    }

    /** Where blocking file work (the signature check) runs: boundedElastic, or a test's virtual time. */
    public void fileWork(Scheduler io) {
        this.fileWork = io;
    }

    private void verified() {
        long wait = job.installAt() == null ? 0 : Duration.between(clock.now(), job.installAt()).toMillis();
        if (wait > 0) {
            move(SignedFirmwareStatus.INSTALL_SCHEDULED);
            pending = scheduler.schedule(this::installWhenIdle, wait, TimeUnit.MILLISECONDS);
        } else {
            installWhenIdle();
        }
    }

    private boolean signatureValid(X509Certificate signer, FirmwareJob checking) {
        try { // the certificate was checked when the request came (after a restart, when the update resumed)
            return signer != null && FirmwareSignatures.verify(signer, checking.signature(), file(checking));
        } catch (IOException e) {
            LOG.warn("the downloaded firmware cannot be read: {}", e.getMessage());
            return false;
        }
    }

    private void installWhenIdle() {
        if (anyBusy()) {
            LOG.info("firmware downloaded; the install waits until no transaction runs");
            waitingForTransactions = true;
            return;
        }
        install();
    }

    private void install() {
        move(SignedFirmwareStatus.INSTALLING);
        int current = generation;
        pending = bridge.installFirmware(file(job)).subscribe(null, error -> {
            if (current == generation) {
                LOG.error("firmware install failed: {}", error.getMessage());
                download.delete();
                move(SignedFirmwareStatus.INSTALLATION_FAILED);
                end();
            }
        }, () -> installed(current));
    }

    private void installed(int of) {
        if (of != generation) {
            return;
        }
        String version = bridge.firmwareVersion();
        if (version != null) {
            store.put(NAMESPACE, VERSION, version);
        }
        store.put(NAMESPACE, INSTALLED, job.requestId() == null ? "" : job.requestId().toString());
        store.remove(NAMESPACE, JOB);
        download.delete();
        move(SignedFirmwareStatus.INSTALL_REBOOTING);
        store.flush(); // Installed is reported after the restart: what says so must be durable first
        // a second for the status to leave before the system restarts
        scheduler.schedule(() -> bridge.reboot("firmware update"), 1, TimeUnit.SECONDS);
    }

    /** The update ends without a restart: the connectors get back their availability; nothing is scheduled. */
    private void end() {
        if (pending != null) {
            pending.dispose();
        }
        pending = null;
        download.cancel();
        generation++;
        waitingForTransactions = false;
        certificate = null;
        store.remove(NAMESPACE, JOB);
        availability.restore();
        job = null;
        phase = SignedFirmwareStatus.IDLE;
        connectors.changed(0);
    }

    private void move(SignedFirmwareStatus next) {
        phase = next;
        reports.status(job.requestId(), next);
        connectors.changed(0);
    }

    private boolean anyBusy() {
        for (int id = 1; id <= bridge.connectorCount(); id++) {
            if (busy.test(id)) {
                return true;
            }
        }
        return false;
    }

    private X509Certificate signer(FirmwareJob signed) throws FirmwareSignatures.Refused {
        return FirmwareSignatures.signingCertificate(signed.signingCertificate(), manufacturerRoots.get(),
                config.value("FirmwareSigningRootCertificates"), Date.from(clock.now()));
    }

    private Path file(FirmwareJob j) {
        return directory.resolve(j.fileName());
    }
}
