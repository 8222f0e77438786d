package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.AuthorizeConfirmation;
import io.reactiveocpp.codec.message.core.AuthorizeRequest;
import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StatusNotificationRequest;
import io.reactiveocpp.codec.message.core.StopTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.message.firmware.FirmwareStatusNotificationConfirmation;
import io.reactiveocpp.codec.message.firmware.FirmwareStatusNotificationRequest;
import io.reactiveocpp.codec.message.firmware.UpdateFirmwareRequest;
import io.reactiveocpp.codec.message.security.SecurityEventNotificationRequest;
import io.reactiveocpp.codec.message.trigger.TriggerMessageRequest;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.FirmwareStatus;
import io.reactiveocpp.codec.type.MessageTrigger;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.firmware.FirmwareState;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.engine.testing.FakeStation;
import io.reactiveocpp.engine.testing.FakeDownloads;
import io.reactiveocpp.engine.testing.RecordingClient;
import io.reactiveocpp.hal.PilotState;
import io.reactiveocpp.session.CallRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** UpdateFirmware (OCPP 1.6 sections 5.19, 6.44) in virtual time, with files served from memory. */
class FirmwareUpdateTest extends EngineScenario {

    static final String LOCATION = "http://user:secret@127.0.0.1:8080/images/fw-2.0.bin";
    static final byte[] IMAGE = "2.0\nthe firmware of version 2.0\n".getBytes(StandardCharsets.UTF_8);
    static final StationIdentity IDENTITY = new StationIdentity("ACME", "Wallbox", null, null, "1.0", null, null,
            null, null);

    @TempDir
    Path files;
    final FakeDownloads transfer = new FakeDownloads(time);

    /** A charge point with file transfers, booted at {@link #T0}, both connectors reported Available. */
    ChargePoint booted() {
        transfer.serve(LOCATION, IMAGE);
        return boot(backend, station, config, time, transfer, T0, "1.0");
    }

    /** Starts a charge point, accepts its boot (which must name {@code version}) at {@code at}, answers its statuses. */
    ChargePoint boot(RecordingClient client, FakeStation hardware, Configuration configuration,
                     VirtualTimeScheduler scheduler, FakeDownloads files, Instant at, String version) {
        ChargePoint chargePoint = new ChargePoint(client, hardware, configuration, store, scheduler, IDENTITY, files,
                this.files);
        chargePoint.start();
        client.connected(true);
        var boot = client.next(BootNotificationRequest.class);
        assertThat(boot.<BootNotificationRequest>request().firmwareVersion()).isEqualTo(version);
        boot.answer(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED, at, 86_400));
        expectStatus(client, 0, ChargePointStatus.AVAILABLE, at);
        expectStatus(client, 1, ChargePointStatus.AVAILABLE, at);
        return chargePoint;
    }

    void update(int retries, int retryInterval, Instant retrieve) {
        backend.receive(new UpdateFirmwareRequest(LOCATION, retries, retrieve, retryInterval));
    }

    static void expectFirmware(RecordingClient client, FirmwareStatus status) {
        expect(client, new FirmwareStatusNotificationRequest(status), FirmwareStatusNotificationConfirmation.INSTANCE);
    }

    void expectFirmware(FirmwareStatus status) {
        expectFirmware(backend, status);
    }

    Path downloaded() {
        return files.resolve("firmware").resolve("fw-2.0.bin");
    }

    long seconds() {
        return time.now(java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void anUpdateDownloadsInstallsRebootsAndAfterTheRestartReportsInstalledWithTheNewVersionInBootNotification() {
        booted();
        update(0, 10, T0);
        expectFirmware(FirmwareStatus.DOWNLOADING);
        expectFirmware(FirmwareStatus.DOWNLOADED);
        expectFirmware(FirmwareStatus.INSTALLING);
        assertThat(transfer.limits).as("FirmwareMaxSize, 256 MiB by default").containsExactly(256L * 1024 * 1024);
        assertThat(station.commands).contains("install fw-2.0.bin").doesNotContain("reboot firmware update");
        assertThat(downloaded()).as("the installed file is not kept").doesNotExist();
        time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(station.commands).contains("reboot firmware update");
        assertThat(backend.quiet()).isTrue();

        // the restart: a new process on the same store, with hardware that does not remember the version
        RecordingClient after = new RecordingClient();
        VirtualTimeScheduler later = VirtualTimeScheduler.create();
        try {
            boot(after, new FakeStation(1), new Configuration(new KeyCatalogue(1), store), later,
                    new FakeDownloads(later), T0.plusSeconds(60), "2.0");
            expectFirmware(after, FirmwareStatus.INSTALLED);
            assertThat(after.securityEventTypes()).contains("FirmwareUpdated");
            var event = after.securityEvent("FirmwareUpdated");
            assertThat(event.<SecurityEventNotificationRequest>request().techInfo()).contains("2.0");
            assertThat(after.quiet()).isTrue();
        } finally {
            later.dispose();
        }
    }

    @Test
    void aFailingDownloadIsTriedRetriesPlusOneTimesRetryIntervalApartThenDownloadFailedAndNoFileIsLeft() {
        booted();
        transfer.failures = 100;
        long start = seconds();
        update(2, 30, T0);
        expectFirmware(FirmwareStatus.DOWNLOADING);
        assertThat(transfer.attempts).hasSize(1);
        time.advanceTimeBy(Duration.ofSeconds(29));
        assertThat(transfer.attempts).as("not before retryInterval").hasSize(1);
        time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(transfer.attempts).hasSize(2);
        assertThat(backend.quiet()).isTrue();
        time.advanceTimeBy(Duration.ofSeconds(30));
        assertThat(transfer.attempts).map(ms -> ms / 1000 - start).containsExactly(0L, 30L, 60L);
        expectFirmware(FirmwareStatus.DOWNLOAD_FAILED);
        time.advanceTimeBy(Duration.ofHours(1));
        assertThat(transfer.attempts).as("retries + 1 attempts, no more").hasSize(3);
        assertThat(downloaded()).as("the partial file is deleted").doesNotExist();
        assertThat(station.commands).noneMatch(c -> c.startsWith("install") || c.startsWith("reboot"));
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void everyPhaseOfAnUpdateSignalsTheStation() {
        ChargePoint chargePoint = booted();
        java.util.List<Object> seen = new java.util.ArrayList<>();
        reactor.core.Disposable watching = chargePoint.changes().subscribe(seen::add);
        seen.clear();
        transfer.failures = 100;
        update(0, 10, T0);
        expectFirmware(FirmwareStatus.DOWNLOADING);
        expectFirmware(FirmwareStatus.DOWNLOAD_FAILED);
        assertThat(seen).as("Downloading, DownloadFailed, Idle again").containsExactly(0, 0, 0);
        watching.dispose();
    }

    @Test
    void aDownloadThatFailsOnceSucceedsOnTheRetry() {
        booted();
        transfer.failures = 1;
        update(1, 5, T0);
        expectFirmware(FirmwareStatus.DOWNLOADING);
        time.advanceTimeBy(Duration.ofSeconds(5));
        expectFirmware(FirmwareStatus.DOWNLOADED);
        expectFirmware(FirmwareStatus.INSTALLING);
        assertThat(transfer.attempts).hasSize(2);
    }

    @Test
    void aRetrieveDateInTheFutureStartsTheDownloadThenAndNotBefore() {
        booted();
        update(0, 10, T0.plus(Duration.ofHours(1)));
        assertThat(backend.quiet()).isTrue();
        time.advanceTimeBy(Duration.ofMinutes(59).plusSeconds(59));
        assertThat(transfer.attempts).isEmpty();
        assertThat(backend.quiet()).isTrue();
        time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(transfer.attempts).hasSize(1);
        expectFirmware(FirmwareStatus.DOWNLOADING);
    }

    @Test
    void aScheduledDownloadSurvivesARestartAndOneWhoseDateHasPassedStartsAtOnce() {
        booted();
        update(0, 10, T0.plus(Duration.ofHours(1)));
        // the restart 10 minutes later: the download waits the 50 minutes left
        RecordingClient after = new RecordingClient();
        VirtualTimeScheduler later = VirtualTimeScheduler.create();
        FakeDownloads transferAfter = new FakeDownloads(later);
        transferAfter.serve(LOCATION, IMAGE);
        try {
            boot(after, new FakeStation(1), new Configuration(new KeyCatalogue(1), store), later, transferAfter,
                    T0.plus(Duration.ofMinutes(10)), "1.0");
            later.advanceTimeBy(Duration.ofMinutes(49).plusSeconds(59));
            assertThat(transferAfter.attempts).isEmpty();
            later.advanceTimeBy(Duration.ofSeconds(1));
            assertThat(transferAfter.attempts).hasSize(1);
            expectFirmware(after, FirmwareStatus.DOWNLOADING);
        } finally {
            later.dispose();
        }
        assertThat(transfer.attempts).as("the old process did nothing").isEmpty();
    }

    @Test
    void aRetrieveDatePassedDuringTheRestartDownloadsAtOnce() {
        booted();
        update(0, 10, T0.plus(Duration.ofHours(1)));
        RecordingClient after = new RecordingClient();
        VirtualTimeScheduler later = VirtualTimeScheduler.create();
        FakeDownloads transferAfter = new FakeDownloads(later);
        transferAfter.serve(LOCATION, IMAGE);
        try {
            boot(after, new FakeStation(1), new Configuration(new KeyCatalogue(1), store), later, transferAfter,
                    T0.plus(Duration.ofHours(2)), "1.0");
            assertThat(transferAfter.attempts).hasSize(1);
            expectFirmware(after, FirmwareStatus.DOWNLOADING);
        } finally {
            later.dispose();
        }
    }

    /** Starts a transaction on connector 1 with a card; returns with it running and every message answered. */
    void charging() {
        station.pilot(1, PilotState.C);
        expectStatus(1, ChargePointStatus.PREPARING);
        station.card("TAG-1", null);
        backend.next(AuthorizeRequest.class).answer(new AuthorizeConfirmation(ACCEPTED));
        backend.next(StartTransactionRequest.class).answer(new StartTransactionConfirmation(ACCEPTED, 4711));
        expectStatus(1, ChargePointStatus.CHARGING);
    }

    @Test
    void theInstallWaitsUntilTheRunningTransactionEndsAndTheConnectorGoesUnavailableOnlyThen() {
        booted();
        config.set("UnavailableDuringFirmwareUpdate", "true");
        charging();
        update(0, 10, T0);
        expectFirmware(FirmwareStatus.DOWNLOADING);
        expectFirmware(FirmwareStatus.DOWNLOADED);
        time.advanceTimeBy(Duration.ofHours(1));
        assertThat(backend.quiet()).as("no install, no Unavailable while charging").isTrue();
        assertThat(station.commands).noneMatch(c -> c.startsWith("install")).contains("relay 1 close")
                .doesNotContain("relay 1 open");

        station.card("TAG-1", null);
        backend.next(StopTransactionRequest.class).answer(new StopTransactionConfirmation(null));
        expectStatus(1, ChargePointStatus.FINISHING);
        expectStatus(1, ChargePointStatus.UNAVAILABLE);
        expectStatus(0, ChargePointStatus.UNAVAILABLE);
        expectFirmware(FirmwareStatus.INSTALLING);
        assertThat(station.commands).contains("install fw-2.0.bin");
    }

    @Test
    void withUnavailableDuringFirmwareUpdateTheConnectorsGoUnavailableAtTheDownloadAndBackAfterAFailedInstall() {
        booted();
        config.set("UnavailableDuringFirmwareUpdate", "true");
        station.installFails = true;
        update(0, 10, T0);
        expectStatus(1, ChargePointStatus.UNAVAILABLE);
        expectStatus(0, ChargePointStatus.UNAVAILABLE);
        expectFirmware(FirmwareStatus.DOWNLOADING);
        expectFirmware(FirmwareStatus.DOWNLOADED);
        expectFirmware(FirmwareStatus.INSTALLING);
        expectFirmware(FirmwareStatus.INSTALLATION_FAILED);
        expectStatus(1, ChargePointStatus.AVAILABLE);
        expectStatus(0, ChargePointStatus.AVAILABLE);
        time.advanceTimeBy(Duration.ofMinutes(5));
        assertThat(station.commands).noneMatch(c -> c.startsWith("reboot"));
        assertThat(downloaded()).doesNotExist();
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void anInstallThatFailsReportsInstallationFailedAndTheChargePointKeepsItsVersion() {
        booted();
        station.installFails = true;
        update(0, 10, T0);
        expectFirmware(FirmwareStatus.DOWNLOADING);
        expectFirmware(FirmwareStatus.DOWNLOADED);
        expectFirmware(FirmwareStatus.INSTALLING);
        expectFirmware(FirmwareStatus.INSTALLATION_FAILED);
        time.advanceTimeBy(Duration.ofMinutes(5));
        assertThat(station.commands).noneMatch(c -> c.startsWith("reboot"));
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void aFailingDownloadLeavesARunningTransactionAlone() {
        booted();
        charging();
        transfer.failures = 100;
        update(1, 10, T0);
        expectFirmware(FirmwareStatus.DOWNLOADING);
        time.advanceTimeBy(Duration.ofSeconds(10));
        expectFirmware(FirmwareStatus.DOWNLOAD_FAILED);
        assertThat(station.commands).doesNotContain("relay 1 open");
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void triggeredFirmwareStatusNotificationReportsIdleOrTheCurrentState() {
        ChargePoint chargePoint = booted();
        backend.receive(new TriggerMessageRequest(MessageTrigger.FIRMWARE_STATUS_NOTIFICATION, null));
        expectFirmware(FirmwareStatus.IDLE);

        transfer.downloadTime = Duration.ofMinutes(10);
        update(0, 10, T0);
        expectFirmware(FirmwareStatus.DOWNLOADING);
        backend.receive(new TriggerMessageRequest(MessageTrigger.FIRMWARE_STATUS_NOTIFICATION, null));
        expectFirmware(FirmwareStatus.DOWNLOADING);
        FirmwareState state = chargePoint.onScheduler(chargePoint::firmwareState).block();
        assertThat(state.phase()).isEqualTo("Downloading");
        assertThat(state.location()).as("no credentials").isEqualTo("http://127.0.0.1:8080/images/fw-2.0.bin");
        assertThat(state.attempt()).isEqualTo(1);

        time.advanceTimeBy(Duration.ofMinutes(10));
        expectFirmware(FirmwareStatus.DOWNLOADED);
        expectFirmware(FirmwareStatus.INSTALLING);
        assertThat(chargePoint.onScheduler(chargePoint::firmwareState).block().bytes()).isEqualTo(IMAGE.length);
    }

    @Test
    void aNewerUpdateReplacesOneStillDownloading() {
        booted();
        transfer.downloadTime = Duration.ofMinutes(10);
        transfer.serve("http://127.0.0.1:8080/images/fw-3.0.bin", "3.0\n".getBytes(StandardCharsets.UTF_8));
        update(0, 10, T0);
        expectFirmware(FirmwareStatus.DOWNLOADING);
        time.advanceTimeBy(Duration.ofMinutes(5));
        backend.receive(new UpdateFirmwareRequest("http://127.0.0.1:8080/images/fw-3.0.bin", 0, T0, 10));
        expectFirmware(FirmwareStatus.DOWNLOADING);
        time.advanceTimeBy(Duration.ofMinutes(10));
        expectFirmware(FirmwareStatus.DOWNLOADED);
        expectFirmware(FirmwareStatus.INSTALLING);
        assertThat(station.commands).contains("install fw-3.0.bin").doesNotContain("install fw-2.0.bin");
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void anUpdateWithALocationThatIsNoUrlIsAPropertyConstraintViolationNamingTheField() {
        booted();
        assertThatThrownBy(() -> backend.receive(new UpdateFirmwareRequest("no url at all", 0, T0, 10)))
                .isInstanceOf(CallRefused.class).hasMessageContaining("location");
        assertThatThrownBy(() -> backend.receive(new UpdateFirmwareRequest(LOCATION, -1, T0, 10)))
                .isInstanceOf(CallRefused.class).hasMessageContaining("retries");
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void withoutAFilesDirectoryTheDownloadFails() {
        ChargePoint chargePoint = new ChargePoint(backend, station, config, store, time, IDENTITY);
        chargePoint.start();
        backend.connected(true);
        backend.next(BootNotificationRequest.class)
                .answer(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED, T0, 86_400));
        backend.takeAll(StatusNotificationRequest.class);
        update(3, 10, T0);
        expectFirmware(FirmwareStatus.DOWNLOADING);
        expectFirmware(FirmwareStatus.DOWNLOAD_FAILED);
        assertThat(Files.exists(files.resolve("firmware"))).isFalse();
    }
}
