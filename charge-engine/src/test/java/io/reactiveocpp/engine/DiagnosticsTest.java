package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.firmware.DiagnosticsStatusNotificationConfirmation;
import io.reactiveocpp.codec.message.firmware.DiagnosticsStatusNotificationRequest;
import io.reactiveocpp.codec.message.firmware.GetDiagnosticsConfirmation;
import io.reactiveocpp.codec.message.firmware.GetDiagnosticsRequest;
import io.reactiveocpp.codec.message.security.GetLogConfirmation;
import io.reactiveocpp.codec.message.security.GetLogRequest;
import io.reactiveocpp.codec.message.security.LogStatusNotificationConfirmation;
import io.reactiveocpp.codec.message.security.LogStatusNotificationRequest;
import io.reactiveocpp.codec.message.trigger.TriggerMessageRequest;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.DiagnosticsStatus;
import io.reactiveocpp.codec.type.LogParameters;
import io.reactiveocpp.codec.type.LogStatus;
import io.reactiveocpp.codec.type.LogType;
import io.reactiveocpp.codec.type.MessageTrigger;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.codec.type.UploadLogStatus;
import io.reactiveocpp.engine.diagnostics.LogSource;
import io.reactiveocpp.engine.firmware.TransferException;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.engine.testing.FakeTransfer;
import io.reactiveocpp.session.CallRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import io.reactiveocpp.codec.message.security.ExtendedTriggerMessageRequest;
import io.reactiveocpp.codec.type.ExtendedMessageTrigger;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import io.reactiveocpp.engine.diagnostics.UploadState;
import reactor.core.Disposable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * GetDiagnostics (OCPP 1.6 sections 5.9, 4.4) and GetLog (security whitepaper) in virtual time against a fake file
 * transfer: the answer's file name, the status notifications, retries at their times, cancellation by a newer
 * GetLog, TriggerMessage's current status, and what the archive holds.
 */
class DiagnosticsTest extends EngineScenario {

    private static final String LOCATION = "ftp://127.0.0.1/uploads/";
    private static final String NAME = "diagnostics-CP-7-20261125-120000.zip";

    @TempDir
    Path dir;
    private final FakeTransfer transfer = new FakeTransfer(time);
    /** The windows the log source was asked for. */
    private final List<String> asked = new ArrayList<>();
    private final LogSource logs = (type, from, to) -> {
        asked.add(type + " " + from + ".." + to);
        return Flux.just("2026-11-25T11:00:00.000Z INFO  [engine] Registration accepted",
                "2026-11-25T11:30:00.000Z WARN  [engine] Transactions slow\n  at line two");
    };

    private ChargePoint chargePoint;

    private void boot(Path files) {
        config.set("ChargeBoxIdentity", "CP-7");
        chargePoint = new ChargePoint(backend, station, config, store, time,
                new StationIdentity("ACME", "Wallbox", null, null, null, null, null, null, null), transfer, files)
                .logSource(logs).fileWork(time);
        chargePoint.start();
        backend.connected(true);
        backend.next(BootNotificationRequest.class)
                .answer(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED, T0, 86_400));
        expectStatus(0, ChargePointStatus.AVAILABLE, T0);
        expectStatus(1, ChargePointStatus.AVAILABLE, T0);
    }

    private void expectDiagnostics(DiagnosticsStatus status) {
        expect(new DiagnosticsStatusNotificationRequest(status), DiagnosticsStatusNotificationConfirmation.INSTANCE);
    }

    private void expectLog(UploadLogStatus status, int requestId) {
        expect(new LogStatusNotificationRequest(status, requestId), LogStatusNotificationConfirmation.INSTANCE);
    }

    private static GetLogRequest getLog(LogType type, int requestId) {
        return new GetLogRequest(new LogParameters(LOCATION, null, null), type, requestId, 0, 10);
    }

    private Path archives() {
        return dir.resolve("diagnostics");
    }

    @Test
    void getDiagnosticsAnswersTheFileNameThenReportsUploadingAndUploadedAndDeletesTheArchive() throws Exception {
        boot(dir);
        GetDiagnosticsConfirmation answer = backend.receive(new GetDiagnosticsRequest(LOCATION, 0, 10, null, null));

        assertThat(answer.fileName()).isEqualTo(NAME);
        expectDiagnostics(DiagnosticsStatus.UPLOADING);
        expectDiagnostics(DiagnosticsStatus.UPLOADED);
        assertThat(transfer.attempts).singleElement().satisfies(attempt -> {
            assertThat(attempt.location()).isEqualTo(URI.create(LOCATION));
            assertThat(attempt.fileName()).isEqualTo(NAME);
        });
        assertThat(backend.quiet()).isTrue();
        try (var left = Files.list(archives())) {
            assertThat(left).as("archives left behind").isEmpty();
        }
    }

    @Test
    void aFailingUploadIsTriedRetriesPlusOneTimesRetryIntervalApartThenUploadFailed() throws Exception {
        boot(dir);
        transfer.fail(10, TransferException.Reason.CONNECTION);
        long start = time.now(java.util.concurrent.TimeUnit.MILLISECONDS);
        backend.receive(new GetDiagnosticsRequest(LOCATION, 2, 30, null, null));
        expectDiagnostics(DiagnosticsStatus.UPLOADING);

        assertThat(transfer.attempts).hasSize(1);
        time.advanceTimeBy(Duration.ofSeconds(29));
        assertThat(transfer.attempts).hasSize(1);
        time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(transfer.attempts).hasSize(2);
        assertThat(backend.quiet()).isTrue();
        time.advanceTimeBy(Duration.ofSeconds(30));
        assertThat(transfer.attempts).extracting(a -> a.atMillis() - start).containsExactly(0L, 30_000L, 60_000L);
        expectDiagnostics(DiagnosticsStatus.UPLOAD_FAILED);

        time.advanceTimeBy(Duration.ofHours(1));
        assertThat(transfer.attempts).as("no attempt after the retries").hasSize(3);
        assertThat(backend.quiet()).isTrue();
        try (var left = Files.list(archives())) {
            assertThat(left).as("archives left behind").isEmpty();
        }
    }

    @Test
    void getLogReportsEveryLogStatusNotificationWithItsRequestId() {
        boot(dir);
        transfer.fail(1, TransferException.Reason.INTERRUPTED);
        GetLogConfirmation answer = backend.receive(new GetLogRequest(new LogParameters(LOCATION, null, null),
                LogType.DIAGNOSTICS_LOG, 41, 1, 5));

        assertThat(answer).isEqualTo(new GetLogConfirmation(LogStatus.ACCEPTED, NAME));
        expectLog(UploadLogStatus.UPLOADING, 41);
        time.advanceTimeBy(Duration.ofSeconds(5));
        expectLog(UploadLogStatus.UPLOADED, 41);
        assertThat(transfer.attempts).hasSize(2);
    }

    @Test
    void theStatusShowsTheLastUploadStatusReportedAndEachIsSignalled() {
        boot(dir);
        assertThat(chargePoint.diagnosticsState()).isEqualTo(UploadState.IDLE);
        List<Object> seen = new ArrayList<>();
        Disposable watching = chargePoint.changes().subscribe(seen::add);
        seen.clear();
        transfer.fail(1, TransferException.Reason.AUTHENTICATION);
        backend.receive(getLog(LogType.SECURITY_LOG, 3));
        expectLog(UploadLogStatus.UPLOADING, 3);
        expectLog(UploadLogStatus.PERMISSION_DENIED, 3);
        assertThat(chargePoint.diagnosticsState()).isEqualTo(new UploadState("PermissionDenied", "GetLog", 3));
        assertThat(seen).containsExactly(0, 0);

        seen.clear();
        transfer.fail(10, TransferException.Reason.CONNECTION);
        backend.receive(new GetDiagnosticsRequest(LOCATION, 1, 30, null, null));
        expectDiagnostics(DiagnosticsStatus.UPLOADING);
        assertThat(chargePoint.diagnosticsState()).isEqualTo(new UploadState("Uploading", "GetDiagnostics", null));
        assertThat(seen).containsExactly(0);
        time.advanceTimeBy(Duration.ofSeconds(30));
        expectDiagnostics(DiagnosticsStatus.UPLOAD_FAILED);
        assertThat(chargePoint.diagnosticsState()).isEqualTo(new UploadState("UploadFailed", "GetDiagnostics", null));
        assertThat(seen).containsExactly(0, 0);
        watching.dispose();
    }

    @Test
    void aGetLogRefusedForItsCredentialsEndsInPermissionDenied() {
        boot(dir);
        transfer.fail(1, TransferException.Reason.AUTHENTICATION);
        backend.receive(getLog(LogType.DIAGNOSTICS_LOG, 3));
        expectLog(UploadLogStatus.UPLOADING, 3);
        expectLog(UploadLogStatus.PERMISSION_DENIED, 3);
    }

    @Test
    void aSecondGetLogCancelsTheRunningOneAndIsAnsweredAcceptedCanceled() throws Exception {
        boot(dir);
        transfer.hold();
        assertThat(backend.receive(getLog(LogType.DIAGNOSTICS_LOG, 1)).status()).isEqualTo(LogStatus.ACCEPTED);
        expectLog(UploadLogStatus.UPLOADING, 1);

        time.advanceTimeBy(Duration.ofSeconds(1));
        GetLogConfirmation second = backend.receive(getLog(LogType.DIAGNOSTICS_LOG, 2));

        assertThat(second).isEqualTo(new GetLogConfirmation(LogStatus.ACCEPTED_CANCELED,
                "diagnostics-CP-7-20261125-120001.zip"));
        assertThat(transfer.canceled).as("the first upload canceled").isEqualTo(1);
        expectLog(UploadLogStatus.UPLOADING, 2);
        expectLog(UploadLogStatus.UPLOADED, 2);
        assertThat(backend.quiet()).as("nothing more of request 1").isTrue();
        try (var left = Files.list(archives())) {
            assertThat(left).as("archives left behind").isEmpty();
        }
    }

    @Test
    void triggerMessageReportsUploadingWhileAnUploadRunsAndIdleOtherwise() {
        boot(dir);
        backend.receive(new TriggerMessageRequest(MessageTrigger.DIAGNOSTICS_STATUS_NOTIFICATION, null));
        expectDiagnostics(DiagnosticsStatus.IDLE);

        Sinks.Empty<Void> upload = transfer.hold();
        backend.receive(new GetDiagnosticsRequest(LOCATION, 0, 10, null, null));
        expectDiagnostics(DiagnosticsStatus.UPLOADING);
        backend.receive(new TriggerMessageRequest(MessageTrigger.DIAGNOSTICS_STATUS_NOTIFICATION, null));
        expectDiagnostics(DiagnosticsStatus.UPLOADING);

        upload.tryEmitEmpty();
        expectDiagnostics(DiagnosticsStatus.UPLOADED);
        backend.receive(new TriggerMessageRequest(MessageTrigger.DIAGNOSTICS_STATUS_NOTIFICATION, null));
        expectDiagnostics(DiagnosticsStatus.IDLE);
    }

    @Test
    void extendedTriggerLogStatusNotificationReportsTheRunningGetLogWithItsRequestIdAndIdleWithoutOne() {
        boot(dir);
        ExtendedTriggerMessageRequest trigger = new ExtendedTriggerMessageRequest(
                ExtendedMessageTrigger.LOG_STATUS_NOTIFICATION, null);
        backend.receive(trigger);
        expect(new LogStatusNotificationRequest(UploadLogStatus.IDLE, null),
                LogStatusNotificationConfirmation.INSTANCE);

        Sinks.Empty<Void> upload = transfer.hold();
        backend.receive(getLog(LogType.SECURITY_LOG, 9));
        expectLog(UploadLogStatus.UPLOADING, 9);
        backend.receive(trigger);
        expectLog(UploadLogStatus.UPLOADING, 9);

        upload.tryEmitEmpty();
        expectLog(UploadLogStatus.UPLOADED, 9);
        backend.receive(trigger);
        expect(new LogStatusNotificationRequest(UploadLogStatus.IDLE, null),
                LogStatusNotificationConfirmation.INSTANCE);
    }

    @Test
    void theArchiveHoldsTheWindowsLogTheConfigurationWithoutSecretsTheQueueAndTheStatus() {
        config.change("AuthorizationKey", "00112233445566778899aabbccddeeff");
        boot(dir);
        Instant from = T0.minusSeconds(7200);
        backend.receive(new GetDiagnosticsRequest(LOCATION, 0, 10, from, T0));
        expectDiagnostics(DiagnosticsStatus.UPLOADING);
        expectDiagnostics(DiagnosticsStatus.UPLOADED);

        assertThat(asked).containsExactly("DIAGNOSTICS_LOG " + from + ".." + T0);
        var entries = transfer.attempts.get(0).entries();
        assertThat(entries).containsOnlyKeys("log.txt", "configuration.txt", "status.txt", "queue.txt");
        assertThat(entries.get("log.txt")).isEqualTo("2026-11-25T11:00:00.000Z INFO  [engine] Registration accepted\n"
                + "2026-11-25T11:30:00.000Z WARN  [engine] Transactions slow\n  at line two\n");
        assertThat(entries.get("configuration.txt")).contains("AuthorizationKey=<removed>\n", "HeartbeatInterval=86400\n",
                "ChargeBoxIdentity=CP-7\n").doesNotContain("00112233445566778899aabbccddeeff");
        assertThat(entries.get("queue.txt")).contains("queue=QueueState[depth=0, capacity=1000", "deadLetters");
        assertThat(entries.get("status.txt")).contains("registration=ACCEPTED", "connector 0: Available",
                "connector 1: Available");
    }

    @Test
    void aSecurityLogArchiveHoldsTheSecurityLogOnly() {
        boot(dir);
        GetLogConfirmation answer = backend.receive(getLog(LogType.SECURITY_LOG, 9));
        expectLog(UploadLogStatus.UPLOADING, 9);
        expectLog(UploadLogStatus.UPLOADED, 9);

        assertThat(answer.filename()).isEqualTo("securitylog-CP-7-20261125-120000.zip");
        assertThat(asked).containsExactly("SECURITY_LOG null..null");
        assertThat(transfer.attempts.get(0).entries()).containsOnlyKeys("security-log.txt");
    }

    @Test
    void withoutADirectoryForArchivesGetDiagnosticsHasNoFileNameAndGetLogIsRejected() {
        boot(null);
        assertThat(backend.receive(new GetDiagnosticsRequest(LOCATION, 0, 10, null, null)).fileName()).isNull();
        assertThat(backend.receive(getLog(LogType.DIAGNOSTICS_LOG, 4)).status()).isEqualTo(LogStatus.REJECTED);
        time.advanceTimeBy(Duration.ofMinutes(1));
        assertThat(backend.quiet()).isTrue();
        assertThat(transfer.attempts).isEmpty();
    }

    @Test
    void badFieldsAreAnsweredWithPropertyConstraintViolationNamingTheField() {
        boot(dir);
        assertThatThrownBy(() -> backend.receive(new GetDiagnosticsRequest(LOCATION, -1, 10, null, null)))
                .isInstanceOf(CallRefused.class).hasMessageContaining("retries");
        assertThatThrownBy(() -> backend.receive(new GetDiagnosticsRequest("not a uri", 0, 10, null, null)))
                .isInstanceOf(CallRefused.class).hasMessageContaining("location");
        assertThatThrownBy(() -> backend.receive(new GetDiagnosticsRequest(LOCATION, 0, 10, T0, T0.minusSeconds(1))))
                .isInstanceOf(CallRefused.class).hasMessageContaining("stopTime");
        assertThatThrownBy(() -> backend.receive(new GetLogRequest(new LogParameters("relative/path", null, null),
                LogType.SECURITY_LOG, 5, 0, 0)))
                .isInstanceOf(CallRefused.class).hasMessageContaining("log.remoteLocation");
        assertThatThrownBy(() -> backend.receive(new GetLogRequest(new LogParameters(LOCATION, T0, T0.minusSeconds(1)),
                LogType.SECURITY_LOG, 6, 0, 0)))
                .isInstanceOf(CallRefused.class).hasMessageStartingWith("log.latestTimestamp:");
        assertThat(backend.quiet()).isTrue();
    }
}
