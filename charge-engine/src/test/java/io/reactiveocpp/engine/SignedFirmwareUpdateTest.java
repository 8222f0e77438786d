package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.ChangeConfigurationRequest;
import io.reactiveocpp.codec.message.security.SignedFirmwareStatusNotificationConfirmation;
import io.reactiveocpp.codec.message.security.SignedFirmwareStatusNotificationRequest;
import io.reactiveocpp.codec.message.security.SignedUpdateFirmwareRequest;
import io.reactiveocpp.codec.message.security.InstallCertificateRequest;
import io.reactiveocpp.codec.type.CertificateUse;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.InstallCertificateStatus;
import io.reactiveocpp.codec.type.ConfigurationStatus;
import io.reactiveocpp.codec.type.Firmware;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.codec.type.SignedFirmwareStatus;
import io.reactiveocpp.codec.type.UpdateFirmwareStatus;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.engine.testing.FakeStation;
import io.reactiveocpp.engine.testing.FakeDownloads;
import io.reactiveocpp.engine.testing.FirmwareSigner;
import io.reactiveocpp.engine.testing.RecordingClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.reactiveocpp.codec.message.security.ExtendedTriggerMessageRequest;
import io.reactiveocpp.codec.type.ExtendedMessageTrigger;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SignedUpdateFirmware (OCPP 1.6 security whitepaper, "Secure firmware update") in virtual time: a root CA, a
 * signing certificate and signatures made with Bouncy Castle in the test.
 */
class SignedFirmwareUpdateTest extends EngineScenario {

    static final String LOCATION = "https://127.0.0.1:8443/fw/image-2.1.bin";
    static final byte[] IMAGE = "2.1\nsigned firmware\n".getBytes(StandardCharsets.UTF_8);
    static final int REQUEST = 7;
    static FirmwareSigner manufacturer;
    static FirmwareSigner stranger;

    @TempDir
    Path files;
    @TempDir
    Path trust;
    final FakeDownloads transfer = new FakeDownloads(time);

    @BeforeAll
    static void manufacturers() throws Exception {
        manufacturer = new FirmwareSigner("ACME", false);
        stranger = new FirmwareSigner("Mallory", false);
    }

    void booted(FirmwareSigner trusted) throws Exception {
        if (trusted != null) {
            config.set("FirmwareSigningRootCertificates", trusted.writeRoot(trust.resolve("roots.pem")).toString());
        }
        boot(backend, station, config, time, transfer, T0, null);
    }

    void boot(RecordingClient client, FakeStation hardware, Configuration configuration,
              VirtualTimeScheduler scheduler, FakeDownloads download, Instant at, String version) {
        boot(client, hardware, configuration, scheduler, scheduler, download, at, version);
    }

    /** {@code io}: where the signature check runs (the engine's own virtual time, or another one). */
    void boot(RecordingClient client, FakeStation hardware, Configuration configuration,
              VirtualTimeScheduler scheduler, reactor.core.scheduler.Scheduler io, FakeDownloads download, Instant at,
              String version) {
        new ChargePoint(client, hardware, configuration, store, scheduler,
                new StationIdentity("ACME", "Wallbox", null, null, null, null, null, null, null), download, files)
                .fileWork(io).start();
        client.connected(true);
        var boot = client.next(BootNotificationRequest.class);
        assertThat(boot.<BootNotificationRequest>request().firmwareVersion()).isEqualTo(version);
        boot.answer(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED, at, 86_400));
        expectStatus(client, 0, ChargePointStatus.AVAILABLE, at);
        expectStatus(client, 1, ChargePointStatus.AVAILABLE, at);
    }

    UpdateFirmwareStatus update(FirmwareSigner signer, byte[] signedImage, Instant installAt) throws Exception {
        return backend.receive(new SignedUpdateFirmwareRequest(0, 10, REQUEST, new Firmware(LOCATION, T0, installAt,
                signer.signingCertificatePem(), signer.sign(signedImage)))).status();
    }

    static void expectSigned(RecordingClient client, SignedFirmwareStatus status) {
        expect(client, new SignedFirmwareStatusNotificationRequest(status, REQUEST),
                SignedFirmwareStatusNotificationConfirmation.INSTANCE);
    }

    void expectSigned(SignedFirmwareStatus status) {
        expectSigned(backend, status);
    }

    /** The security events queued durably (through the durable queue; call() would refuse them). */
    List<String> securityEvents(RecordingClient client) {
        return client.securityEventTypes();
    }

    @Test
    void aCorrectlySignedImageIsVerifiedInstalledAndReportedInstalledAfterTheRestart() throws Exception {
        booted(manufacturer);
        transfer.serve(LOCATION, IMAGE);
        assertThat(update(manufacturer, IMAGE, null)).isEqualTo(UpdateFirmwareStatus.ACCEPTED);
        expectSigned(SignedFirmwareStatus.DOWNLOADING);
        expectSigned(SignedFirmwareStatus.DOWNLOADED);
        expectSigned(SignedFirmwareStatus.SIGNATURE_VERIFIED);
        expectSigned(SignedFirmwareStatus.INSTALLING);
        expectSigned(SignedFirmwareStatus.INSTALL_REBOOTING);
        time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(station.commands).containsSubsequence("install image-2.1.bin", "reboot firmware update");

        RecordingClient after = new RecordingClient();
        VirtualTimeScheduler later = VirtualTimeScheduler.create();
        try {
            boot(after, new FakeStation(1), new Configuration(new KeyCatalogue(1), store), later,
                    new FakeDownloads(later), T0.plusSeconds(90), "2.1");
            expectSigned(after, SignedFirmwareStatus.INSTALLED);
            assertThat(securityEvents(after)).contains("FirmwareUpdated");
            assertThat(after.quiet()).isTrue();
        } finally {
            later.dispose();
        }
    }

    @Test
    void theSignatureIsCheckedOnTheFileWorkSchedulerNotOnTheEngines() throws Exception {
        config.set("FirmwareSigningRootCertificates", manufacturer.writeRoot(trust.resolve("roots.pem")).toString());
        java.util.List<Runnable> ioTasks = new java.util.concurrent.CopyOnWriteArrayList<>();
        boot(backend, station, config, time, reactor.core.scheduler.Schedulers.fromExecutor(ioTasks::add), transfer,
                T0, null);
        transfer.serve(LOCATION, IMAGE);
        assertThat(update(manufacturer, IMAGE, null)).isEqualTo(UpdateFirmwareStatus.ACCEPTED);
        expectSigned(SignedFirmwareStatus.DOWNLOADING);
        expectSigned(SignedFirmwareStatus.DOWNLOADED);
        time.advanceTimeBy(Duration.ofSeconds(10));
        assertThat(backend.takeAll(SignedFirmwareStatusNotificationRequest.class))
                .as("the engine's scheduler alone does not check the signature").isEmpty();
        assertThat(ioTasks).as("the check waits on the file-work scheduler").hasSize(1);
        ioTasks.forEach(Runnable::run);
        time.advanceTime();
        expectSigned(SignedFirmwareStatus.SIGNATURE_VERIFIED);
    }

    @Test
    void anRsaSigningKeyIsVerifiedWithSha256WithRsa() throws Exception {
        FirmwareSigner rsa = new FirmwareSigner("ACME-RSA", true);
        booted(rsa);
        transfer.serve(LOCATION, IMAGE);
        assertThat(update(rsa, IMAGE, null)).isEqualTo(UpdateFirmwareStatus.ACCEPTED);
        expectSigned(SignedFirmwareStatus.DOWNLOADING);
        expectSigned(SignedFirmwareStatus.DOWNLOADED);
        expectSigned(SignedFirmwareStatus.SIGNATURE_VERIFIED);
    }

    @Test
    void aTamperedImageIsRefusedWithInvalidSignatureAndASecurityEventAndNothingIsInstalled() throws Exception {
        booted(manufacturer);
        byte[] tampered = IMAGE.clone();
        tampered[5] ^= 1;
        transfer.serve(LOCATION, tampered);
        assertThat(update(manufacturer, IMAGE, null)).isEqualTo(UpdateFirmwareStatus.ACCEPTED);
        expectSigned(SignedFirmwareStatus.DOWNLOADING);
        expectSigned(SignedFirmwareStatus.DOWNLOADED);
        expectSigned(SignedFirmwareStatus.INVALID_SIGNATURE);
        assertThat(securityEvents(backend)).contains("InvalidFirmwareSignature");
        time.advanceTimeBy(Duration.ofMinutes(10));
        assertThat(station.commands).noneMatch(c -> c.startsWith("install") || c.startsWith("reboot"));
        assertThat(files.resolve("firmware").resolve("image-2.1.bin")).doesNotExist();
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void aSigningCertificateOfAnotherRootIsAnInvalidCertificateAndNothingIsDownloaded() throws Exception {
        booted(manufacturer);
        transfer.serve(LOCATION, IMAGE);
        assertThat(update(stranger, IMAGE, null)).isEqualTo(UpdateFirmwareStatus.INVALID_CERTIFICATE);
        assertThat(securityEvents(backend)).contains("InvalidFirmwareSigningCertificate");
        time.advanceTimeBy(Duration.ofMinutes(10));
        assertThat(transfer.attempts).isEmpty();
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void withoutAConfiguredRootEverySignedUpdateIsAnInvalidCertificate() throws Exception {
        booted(null);
        transfer.serve(LOCATION, IMAGE);
        assertThat(update(manufacturer, IMAGE, null)).isEqualTo(UpdateFirmwareStatus.INVALID_CERTIFICATE);
        assertThat(transfer.attempts).isEmpty();
    }

    @Test
    void aManufacturerRootInstalledOverOcppVerifiesTheSigningCertificateWithoutTheFile() throws Exception {
        booted(null);
        assertThat(backend.receive(new InstallCertificateRequest(CertificateUse.MANUFACTURER_ROOT_CERTIFICATE,
                manufacturer.rootPem())).status()).isEqualTo(InstallCertificateStatus.ACCEPTED);
        transfer.serve(LOCATION, IMAGE);
        assertThat(update(stranger, IMAGE, null)).isEqualTo(UpdateFirmwareStatus.INVALID_CERTIFICATE);
        assertThat(securityEvents(backend)).contains("InvalidFirmwareSigningCertificate");
        assertThat(update(manufacturer, IMAGE, null)).isEqualTo(UpdateFirmwareStatus.ACCEPTED);
        expectSigned(SignedFirmwareStatus.DOWNLOADING);
        expectSigned(SignedFirmwareStatus.DOWNLOADED);
        expectSigned(SignedFirmwareStatus.SIGNATURE_VERIFIED);
    }

    @Test
    void theTrustAnchorCannotBeChangedOverOcpp() throws Exception {
        booted(manufacturer);
        assertThat(backend.receive(new ChangeConfigurationRequest("FirmwareSigningRootCertificates", "/tmp/evil.pem"))
                .status()).isEqualTo(ConfigurationStatus.REJECTED);
    }

    @Test
    void anInstallDateTimeInTheFutureIsWaitedFor() throws Exception {
        booted(manufacturer);
        transfer.serve(LOCATION, IMAGE);
        update(manufacturer, IMAGE, T0.plus(Duration.ofHours(2)));
        expectSigned(SignedFirmwareStatus.DOWNLOADING);
        expectSigned(SignedFirmwareStatus.DOWNLOADED);
        expectSigned(SignedFirmwareStatus.SIGNATURE_VERIFIED);
        expectSigned(SignedFirmwareStatus.INSTALL_SCHEDULED);
        time.advanceTimeBy(Duration.ofHours(2).minusSeconds(1));
        assertThat(backend.quiet()).isTrue();
        time.advanceTimeBy(Duration.ofSeconds(1));
        expectSigned(SignedFirmwareStatus.INSTALLING);
    }

    @Test
    void extendedTriggerFirmwareStatusNotificationReportsTheSignedStatusWithItsRequestIdOrIdle() throws Exception {
        booted(manufacturer);
        ExtendedTriggerMessageRequest trigger = new ExtendedTriggerMessageRequest(
                ExtendedMessageTrigger.FIRMWARE_STATUS_NOTIFICATION, null);
        backend.receive(trigger);
        expect(new SignedFirmwareStatusNotificationRequest(SignedFirmwareStatus.IDLE, null),
                SignedFirmwareStatusNotificationConfirmation.INSTANCE);
        transfer.serve(LOCATION, IMAGE);
        update(manufacturer, IMAGE, T0.plus(Duration.ofHours(2)));
        expectSigned(SignedFirmwareStatus.DOWNLOADING);
        expectSigned(SignedFirmwareStatus.DOWNLOADED);
        expectSigned(SignedFirmwareStatus.SIGNATURE_VERIFIED);
        expectSigned(SignedFirmwareStatus.INSTALL_SCHEDULED);

        backend.receive(trigger);
        expectSigned(SignedFirmwareStatus.INSTALL_SCHEDULED);
    }

    @Test
    void aSignedUpdateReplacingOneUnderWayIsAcceptedCanceled() throws Exception {
        booted(manufacturer);
        transfer.serve(LOCATION, IMAGE);
        transfer.downloadTime = Duration.ofMinutes(10);
        update(manufacturer, IMAGE, null);
        expectSigned(SignedFirmwareStatus.DOWNLOADING);
        assertThat(update(manufacturer, IMAGE, null)).isEqualTo(UpdateFirmwareStatus.ACCEPTED_CANCELED);
        expectSigned(SignedFirmwareStatus.DOWNLOADING);
        time.advanceTimeBy(Duration.ofMinutes(10));
        expectSigned(SignedFirmwareStatus.DOWNLOADED);
        expectSigned(SignedFirmwareStatus.SIGNATURE_VERIFIED);
        expectSigned(SignedFirmwareStatus.INSTALLING);
        expectSigned(SignedFirmwareStatus.INSTALL_REBOOTING);
        assertThat(transfer.attempts).hasSize(2);
        assertThat(station.commands).filteredOn(c -> c.startsWith("install")).hasSize(1);
    }

    @Test
    void aSignedUpdateWithABadLocationIsRejected() throws Exception {
        booted(manufacturer);
        assertThat(backend.receive(new SignedUpdateFirmwareRequest(0, 10, REQUEST, new Firmware("not a url", T0, null,
                manufacturer.signingCertificatePem(), manufacturer.sign(IMAGE)))).status())
                .isEqualTo(UpdateFirmwareStatus.REJECTED);
    }
}
