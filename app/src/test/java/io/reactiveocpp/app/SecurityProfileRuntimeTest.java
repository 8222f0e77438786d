package io.reactiveocpp.app;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContextBuilder;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.session.testing.TestCertificates;
import io.reactiveocpp.session.testing.TestCertificates.Issued;
import io.reactiveocpp.session.testing.WsTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The TLS files of the settings ({@code tls.caBundle}, {@code tls.clientCertificate}, {@code tls.clientKey}) used by
 * the running charge point for SecurityProfile 2 and 3, against a TLS WebSocket server on 127.0.0.1 with
 * certificates made by Bouncy Castle; and their errors, which name the setting and the file.
 */
class SecurityProfileRuntimeTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Issued ROOT = TestCertificates.root("Test CSMS Root");
    private static final Issued CSMS = ROOT.issue("127.0.0.1", List.of("localhost"), List.of("127.0.0.1"));
    private static final Issued CHARGE_POINT = ROOT.issue("CP-TLS", List.of(), List.of());

    @TempDir
    Path dir;
    private WsTestServer server;
    private ChargePointRuntime runtime;

    @AfterEach
    void tearDown() {
        if (runtime != null) {
            runtime.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private void start(boolean clientAuth, Map<String, String> keys, TlsFiles tls) throws Exception {
        SslContextBuilder context = SslContextBuilder.forServer(CSMS.key(), CSMS.certificate(), ROOT.certificate());
        if (clientAuth) {
            context.trustManager(ROOT.certificate()).clientAuth(ClientAuth.REQUIRE);
        }
        start(WsTestServer.tls(context.build()), keys, tls);
    }

    private void start(WsTestServer backend, Map<String, String> keys, TlsFiles tls) {
        server = backend;
        String url = server.url().replace("wss://", "ws://"); // profiles 2 and 3 take it as wss://
        Settings settings = new Settings("CP-TLS", url, dir.resolve("data"), 0, "127.0.0.1", "sim", 1, null,
                "in-process", "reactive-ocpp", "test", keys, 1, null, List.of(), Settings.DEFAULT_LOGS_MAX_TOTAL_SIZE,
                tls);
        runtime = new ChargePointRuntime(settings, url, new SimpleMeterRegistry(), () -> { });
        runtime.start(Reason.POWER_LOSS);
    }

    private Path ca() {
        return ROOT.writeCertificate(dir.resolve("ca.pem"));
    }

    @Test
    void profile2ConnectsOverTlsTrustingTheCaBundleOfTheSettings() throws Exception {
        start(false, Map.of("AuthorizationKey", "a password", "SecurityProfile", "2"), new TlsFiles(ca(), null, null));

        assertThat(server.awaitUpgrade(WAIT).headers()).containsKey("authorization");
        server.awaitConnection(WAIT).awaitText(t -> t.contains("\"BootNotification\""), WAIT);
    }

    @Test
    void profile3ConnectsWithTheChargePointCertificateOfTheSettings() throws Exception {
        TlsFiles files = new TlsFiles(ca(), CHARGE_POINT.writeChain(dir.resolve("cp.pem"), ROOT.certificate()),
                CHARGE_POINT.writeKey(dir.resolve("cp-key.pem"), TestCertificates.KeyFormat.TRADITIONAL));
        start(true, Map.of("AuthorizationKey", "a password", "SecurityProfile", "3"), files);

        assertThat(server.awaitUpgrade(WAIT).headers()).doesNotContainKey("authorization");
        server.awaitConnection(WAIT).awaitText(t -> t.contains("\"BootNotification\""), WAIT);
    }

    @Test
    void aRaisedProfileTheBackendCannotServeIsSetBackAndTheChargePointStaysOnline() throws Exception {
        start(WsTestServer.plain(), Map.of("AuthorizationKey", "a password", "SecurityProfile", "1"),
                new TlsFiles(ca(), null, null));
        server.awaitConnection(WAIT);

        var change = runtime.chargePoint().onScheduler(() -> runtime.configuration().change("SecurityProfile", "2"))
                .block(WAIT);
        assertThat(change.status().literal()).isEqualTo("Accepted");

        WsTestServer.Peer again = server.awaitConnection(WAIT); // wss:// to a server without TLS failed: back to ws://
        assertThat(again.upgrade.headers()).containsKey("authorization");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!"1".equals(runtime.configuration().value("SecurityProfile")) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(runtime.configuration().value("SecurityProfile")).isEqualTo("1");
        assertThat(runtime.session().config().securityProfile()).isEqualTo(1);
    }

    @Test
    void aMissingCaBundleNamesTheSettingAndTheFile() {
        assertThatThrownBy(() -> new TlsFiles(dir.resolve("missing-ca.pem"), null, null))
                .hasMessageContaining("tls.caBundle").hasMessageContaining("missing-ca.pem");
    }

    @Test
    void aCertificateWithoutItsKeyOrWithAnotherKeyIsRefused() {
        Path chain = CHARGE_POINT.writeCertificate(dir.resolve("cp.pem"));
        assertThatThrownBy(() -> new TlsFiles(null, chain, null))
                .hasMessageContaining("tls.clientCertificate and tls.clientKey go together");
        Path otherKey = CSMS.writeKey(dir.resolve("other-key.pem"), TestCertificates.KeyFormat.PKCS8);
        assertThatThrownBy(() -> new TlsFiles(null, chain, otherKey))
                .hasMessageContaining("tls.clientKey").hasMessageContaining("other-key.pem");
    }

    @Test
    void theTlsSectionOfTheFileIsRead() throws Exception {
        Path ca = ca();
        Path file = Files.writeString(dir.resolve("config.yaml"), "chargePointId: CP-TLS\ntls:\n  caBundle: " + ca + "\n");
        Settings settings = SettingsLoader.load(new SettingsLoader.Overrides(file, null, null, null, null, null, null,
                null, null), Map.of());
        assertThat(settings.tls()).isEqualTo(new TlsFiles(ca, null, null));

        Files.writeString(file, "chargePointId: CP-TLS\ntls:\n  trustStore: " + ca + "\n");
        assertThatThrownBy(() -> SettingsLoader.load(new SettingsLoader.Overrides(file, null, null, null, null, null,
                null, null, null), Map.of())).hasMessageContaining("unknown setting 'tls.trustStore'")
                .hasMessageContaining("tls.caBundle");
    }
}
