package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.ChangeConfigurationRequest;
import io.reactiveocpp.codec.message.core.HeartbeatConfirmation;
import io.reactiveocpp.codec.message.core.HeartbeatRequest;
import io.reactiveocpp.codec.message.core.ResetRequest;
import io.reactiveocpp.codec.message.security.GetLogRequest;
import io.reactiveocpp.codec.message.security.SecurityEventNotificationRequest;
import io.reactiveocpp.codec.message.trigger.TriggerMessageRequest;
import io.reactiveocpp.codec.type.ConfigurationStatus;
import io.reactiveocpp.codec.type.LogParameters;
import io.reactiveocpp.codec.type.LogType;
import io.reactiveocpp.codec.type.MessageTrigger;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.codec.type.ResetType;
import io.reactiveocpp.engine.diagnostics.LogSource;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.engine.testing.FakeTransfer;
import io.reactiveocpp.session.ConnectionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security events the engine raises where they happen, in virtual time against the recording backend (which
 * checks every request against the 1.6 schema and keeps the SecurityEventNotifications the engine queued durably
 * apart from its other CALLs), and GetLog's SecurityLog holding them.
 */
class SecurityEventsTest extends EngineScenario {

    private static final String LOCATION = "ftp://127.0.0.1/uploads/";

    @TempDir
    Path dir;
    private final FakeTransfer transfer = new FakeTransfer(time);

    private ChargePoint start(Reason recovery) {
        ChargePoint chargePoint = new ChargePoint(backend, station, config, store, time,
                new StationIdentity("ACME", "Wallbox", null, null, null, null, null, null, null), transfer, dir)
                .logSource(LogSource.NONE).fileWork(time);
        chargePoint.start(recovery);
        return chargePoint;
    }

    /** Boots at the scheduler's own time (the backend's clock agrees: no SettingSystemTime), both connectors up. */
    private void bootedInTime(Reason recovery) {
        start(recovery);
        backend.connected(true);
        backend.next(BootNotificationRequest.class).answer(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED,
                Instant.ofEpochMilli(time.now(java.util.concurrent.TimeUnit.MILLISECONDS)), 86_400));
        answerStatus();
        answerStatus();
    }

    private String techInfo(String type) {
        return backend.securityEvent(type).<SecurityEventNotificationRequest>request().techInfo();
    }

    @Test
    void everyStartRaisesStartupOfTheDeviceAndARestartOfItsOwnAlsoResetOrReboot() {
        start(Reason.POWER_LOSS);
        time.advanceTime();
        assertThat(backend.securityEventTypes()).as("queued before the link is up").containsExactly("StartupOfTheDevice");
        assertThat(techInfo("StartupOfTheDevice")).contains("power loss");

        start(Reason.REBOOT); // the next process on the same store, after a reboot the charge point asked for
        time.advanceTime();
        assertThat(backend.securityEventTypes()).containsExactly("StartupOfTheDevice", "ResetOrReboot");
        assertThat(techInfo("StartupOfTheDevice")).contains("Reboot");
    }

    @Test
    void anAcceptedResetRaisesResetOrRebootBeforeTheRestart() {
        bootedInTime(Reason.POWER_LOSS);
        backend.takeAllSecurityEvents();

        backend.receive(new ResetRequest(ResetType.SOFT));
        assertThat(backend.securityEventTypes()).containsExactly("ResetOrReboot");
        assertThat(station.commands).as("queued before the reboot").noneMatch(c -> c.startsWith("reboot"));
        assertThat(techInfo("ResetOrReboot")).contains("SoftReset");
        time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(station.commands).anyMatch(c -> c.startsWith("reboot"));
    }

    @Test
    void changingASecuritySettingOverOcppOrLocallyRaisesReconfigurationOfSecurityParametersWithoutTheValue() {
        bootedInTime(Reason.POWER_LOSS);
        backend.takeAllSecurityEvents();

        String key = "00112233445566778899aabbccddeeff";
        assertThat(backend.receive(new ChangeConfigurationRequest("AuthorizationKey", key)).status())
                .isEqualTo(ConfigurationStatus.ACCEPTED);
        // profile 1 needs the AuthorizationKey first (SecurityProfiles' prerequisite)
        assertThat(backend.receive(new ChangeConfigurationRequest("SecurityProfile", "1")).status())
                .isEqualTo(ConfigurationStatus.ACCEPTED);
        config.set("TlsCipherStrictness", "all-ciphers"); // the local interface
        assertThat(backend.receive(new ChangeConfigurationRequest("HeartbeatInterval", "600")).status())
                .isEqualTo(ConfigurationStatus.ACCEPTED);
        time.advanceTime();

        assertThat(backend.securityEventTypes()).as("HeartbeatInterval is no security setting")
                .containsExactly("ReconfigurationOfSecurityParameters", "ReconfigurationOfSecurityParameters",
                        "ReconfigurationOfSecurityParameters");
        assertThat(techInfo("ReconfigurationOfSecurityParameters")).isEqualTo("AuthorizationKey changed")
                .doesNotContain(key);
        assertThat(techInfo("ReconfigurationOfSecurityParameters")).isEqualTo("SecurityProfile changed");
        assertThat(techInfo("ReconfigurationOfSecurityParameters")).isEqualTo("TlsCipherStrictness changed");
    }

    @Test
    void refusedCredentialsAndARejectedServerCertificateAreRaisedOncePerOutage() {
        start(Reason.POWER_LOSS);
        time.advanceTime();
        backend.takeAllSecurityEvents();

        backend.failed(ConnectionState.Failure.UNAUTHORIZED, "the backend refused the credentials (HTTP 401)");
        backend.failed(ConnectionState.Failure.UNAUTHORIZED, "the backend refused the credentials (HTTP 401)");
        backend.failed(ConnectionState.Failure.NETWORK, "cannot connect");
        backend.failed(ConnectionState.Failure.SERVER_CERTIFICATE, "TLS handshake with backend failed: PKIX");
        time.advanceTime();
        assertThat(backend.securityEventTypes()).as("not once per attempt")
                .containsExactly("FailedToAuthenticateAtCentralSystem", "InvalidCentralSystemCertificate");
        assertThat(techInfo("FailedToAuthenticateAtCentralSystem")).contains("HTTP 401");

        backend.connected(true);
        backend.failed(ConnectionState.Failure.UNAUTHORIZED, "the backend refused the credentials (HTTP 403)");
        time.advanceTime();
        assertThat(backend.securityEventTypes()).as("a new outage").containsExactly(
                "InvalidCentralSystemCertificate", "FailedToAuthenticateAtCentralSystem");
    }

    @Test
    void theBackendsTimeMovingTheClockByMoreThanAMinuteIsSettingSystemTime() {
        start(Reason.POWER_LOSS);
        backend.connected(true);
        time.advanceTime();
        backend.takeAllSecurityEvents();
        Instant now = Instant.ofEpochMilli(time.now(java.util.concurrent.TimeUnit.MILLISECONDS));
        backend.next(BootNotificationRequest.class).answer(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED,
                now.plusSeconds(60), 86_400));
        answerStatus();
        answerStatus();
        assertThat(backend.securityEventTypes()).as("60 s is within the threshold").isEmpty();

        backend.receive(new TriggerMessageRequest(MessageTrigger.HEARTBEAT, null));
        backend.next(HeartbeatRequest.class).answer(new HeartbeatConfirmation(now.plusSeconds(3_600)));
        time.advanceTime();
        assertThat(backend.securityEventTypes()).containsExactly("SettingSystemTime");
        assertThat(techInfo("SettingSystemTime")).contains("3540 s");
    }

    @Test
    void getLogSecurityLogHoldsTheEventsAndAStartOnTheSameStoreKeepsThem() {
        bootedInTime(Reason.POWER_LOSS);
        backend.receive(new ResetRequest(ResetType.HARD));
        time.advanceTimeBy(Duration.ofSeconds(1));
        start(Reason.HARD_RESET); // the next process on the same store
        backend.connected(true);
        time.advanceTime();

        backend.receive(new GetLogRequest(new LogParameters(LOCATION, null, null), LogType.SECURITY_LOG, 4, 0, 10));
        time.advanceTime();
        String log = transfer.attempts.get(0).entries().get("security-log.txt");
        assertThat(log.lines().toList()).hasSize(3).satisfies(lines -> {
            assertThat(lines.get(0)).contains("SecurityEvent StartupOfTheDevice: started after a power loss or crash");
            assertThat(lines.get(1)).contains("SecurityEvent ResetOrReboot: HardReset requested by the backend");
            assertThat(lines.get(2)).contains("SecurityEvent StartupOfTheDevice: started after HardReset");
        });
    }
}
