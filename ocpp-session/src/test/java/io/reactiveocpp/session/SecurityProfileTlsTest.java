package io.reactiveocpp.session;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContextBuilder;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.session.ConnectionState.Phase;
import io.reactiveocpp.session.testing.SessionHarness;
import io.reactiveocpp.session.testing.TestCertificates;
import io.reactiveocpp.session.testing.TestCertificates.Issued;
import io.reactiveocpp.session.testing.WsTestServer;
import io.reactiveocpp.session.transport.NettyTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.reactiveocpp.session.testing.SessionHarness.WAIT;
import static io.reactiveocpp.session.testing.SessionHarness.boot;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security profiles 2 and 3 of the OCPP 1.6 security whitepaper against a TLS WebSocket server on 127.0.0.1, with a
 * root CA, the CSMS server certificate and the charge point certificate made in the test by Bouncy Castle; the
 * fallback when a raised profile cannot connect; the TLS context built once per change.
 */
class SecurityProfileTlsTest {

    private static final Issued ROOT = TestCertificates.root("Test CSMS Root");
    private static final Issued CSMS = ROOT.issue("127.0.0.1", List.of("localhost"), List.of("127.0.0.1"));
    private static final Issued CHARGE_POINT = ROOT.issue("CP-1", List.of(), List.of());
    private static final AuthorizationKey KEY = AuthorizationKey.fromText("profile password");

    @TempDir
    Path dir;
    private WsTestServer server;
    private SessionHarness harness;

    @AfterEach
    void tearDown() {
        try {
            if (harness != null) {
                harness.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static WsTestServer tlsServer(boolean requireClientCertificate) throws Exception {
        SslContextBuilder context = SslContextBuilder.forServer(CSMS.key(), CSMS.certificate(), ROOT.certificate());
        if (requireClientCertificate) {
            context.trustManager(ROOT.certificate()).clientAuth(ClientAuth.REQUIRE);
        }
        return WsTestServer.tls(context.build());
    }

    /** The server's URL as an installation of profile 1 has it: ws://, which profiles 2 and 3 take as wss://. */
    private String wsUrl() {
        return server.url().replace("wss://", "ws://");
    }

    private TlsSettings caBundle() {
        return new TlsSettings(TlsSettings.ServerVerification.FULL, TlsSettings.CipherStrictness.ONLY_SECURE_CIPHERS,
                ROOT.writeCertificate(dir.resolve("ca.pem")), null, null);
    }

    @Test
    void profile2ConnectsOverTlsWithBasicAuthTrustingTheCaBundle() throws Exception {
        server = tlsServer(false);
        harness = new SessionHarness(SessionHarness.config(wsUrl()).securityProfile(2).authorizationKey(KEY)
                .tls(caBundle()).build()).start();

        harness.awaitPhase(Phase.CONNECTED);
        assertThat(server.awaitUpgrade(WAIT).headers()).containsEntry("authorization", KEY.basicAuthorization("CP-1"));
        assertThat(harness.session.call(boot()).block(WAIT).status()).isEqualTo(RegistrationStatus.ACCEPTED);
    }

    @Test
    void profile2TrustsAnInstalledCentralSystemRootCertificate() throws Exception {
        server = tlsServer(false);
        harness = new SessionHarness(SessionHarness.config(wsUrl()).securityProfile(2).authorizationKey(KEY).build());
        harness.session.storeCertificates(List.of(ROOT.certificate()), null);
        harness.start();

        harness.awaitPhase(Phase.CONNECTED);
        assertThat(harness.session.config().tls().trusted()).containsExactly(ROOT.certificate());
    }

    @Test
    void profile3PresentsTheChargePointCertificateAndNoBasicAuth() throws Exception {
        server = tlsServer(true);
        TlsSettings mutual = caBundle().withIdentity(
                new ClientIdentity(CHARGE_POINT.key(), List.of(CHARGE_POINT.certificate(), ROOT.certificate())));
        harness = new SessionHarness(SessionHarness.config(wsUrl()).securityProfile(3).authorizationKey(KEY)
                .tls(mutual).build()).start();

        harness.awaitPhase(Phase.CONNECTED);
        assertThat(server.awaitUpgrade(WAIT).headers()).doesNotContainKey("authorization");
        assertThat(harness.session.call(boot()).block(WAIT).status()).isEqualTo(RegistrationStatus.ACCEPTED);
    }

    @Test
    void profile3FromTheConfiguredFilesConnects() throws Exception {
        server = tlsServer(true);
        TlsSettings files = new TlsSettings(TlsSettings.ServerVerification.FULL,
                TlsSettings.CipherStrictness.ONLY_SECURE_CIPHERS, ROOT.writeCertificate(dir.resolve("ca.pem")),
                CHARGE_POINT.writeChain(dir.resolve("cp.pem"), ROOT.certificate()),
                CHARGE_POINT.writeKey(dir.resolve("cp-key.pem"), TestCertificates.KeyFormat.PKCS8));
        harness = new SessionHarness(SessionHarness.config(wsUrl()).securityProfile(3).tls(files).build()).start();

        harness.awaitPhase(Phase.CONNECTED);
    }

    @Test
    void aProfileRaisedAgainstABackendWithoutTlsFallsBackToThePreviousOneAndStaysOnline() throws Exception {
        server = WsTestServer.plain();
        harness = new SessionHarness(SessionHarness.config(server.url()).securityProfile(1).authorizationKey(KEY)
                .tls(caBundle()).build()).start();
        List<SecurityFallback> fallbacks = new CopyOnWriteArrayList<>();
        harness.session.securityFallbacks().subscribe(fallbacks::add);
        harness.awaitPhase(Phase.CONNECTED);
        server.awaitConnection(WAIT);

        harness.session.reconfigure(harness.session.config().toBuilder().securityProfile(2).build());

        WsTestServer.Peer again = server.awaitConnection(WAIT);
        harness.awaitPhase(Phase.CONNECTED);
        assertThat(fallbacks).singleElement().satisfies(f -> {
            assertThat(f.failedProfile()).isEqualTo(2);
            assertThat(f.restoredProfile()).isEqualTo(1);
        });
        assertThat(harness.session.config().securityProfile()).isEqualTo(1);
        assertThat(again.upgrade.headers()).containsEntry("authorization", KEY.basicAuthorization("CP-1"));
        assertThat(harness.session.call(boot()).block(WAIT).status()).isEqualTo(RegistrationStatus.ACCEPTED);
    }

    @Test
    void theTlsContextIsBuiltOncePerChangeNotPerReconnect() throws Exception {
        server = tlsServer(false);
        NettyTransport transport = new NettyTransport();
        harness = new SessionHarness(SessionHarness.config(wsUrl()).securityProfile(2).authorizationKey(KEY)
                .tls(caBundle()).build(), transport).start();
        for (int i = 0; i < 3; i++) {
            server.awaitConnection(WAIT).dropTcp();
        }
        WsTestServer.Peer fourth = server.awaitConnection(WAIT);
        assertThat(server.connectionCount()).isEqualTo(4);
        assertThat(transport.tlsContextBuilds()).isEqualTo(1);

        harness.session.storeCertificates(List.of(ROOT.certificate()), null); // an installed root: for the next link
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (harness.session.config().tls().trusted().isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(harness.session.config().tls().trusted()).as("applied on the session's scheduler").isNotEmpty();
        assertThat(server.connectionCount()).as("no reconnect for a new root").isEqualTo(4);
        fourth.dropTcp();
        server.awaitConnection(WAIT);
        assertThat(transport.tlsContextBuilds()).isEqualTo(2);
    }
}
