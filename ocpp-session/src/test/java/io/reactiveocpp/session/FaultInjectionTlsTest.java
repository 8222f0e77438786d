package io.reactiveocpp.session;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.session.ConnectionState.Phase;
import io.reactiveocpp.session.TlsSettings.CipherStrictness;
import io.reactiveocpp.session.TlsSettings.ServerVerification;
import io.reactiveocpp.session.testing.SessionHarness;
import io.reactiveocpp.session.testing.TestCertificates;
import io.reactiveocpp.session.testing.TestCertificates.Issued;
import io.reactiveocpp.session.testing.WsTestServer;
import io.reactiveocpp.session.testing.TestCertificates.KeyFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.net.ssl.SSLException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import static io.reactiveocpp.session.testing.SessionHarness.WAIT;
import static io.reactiveocpp.session.testing.SessionHarness.boot;
import static org.assertj.core.api.Assertions.assertThat;

/** wss:// against a Netty server with self-signed certificates made in the test: trust, host names, mutual TLS. */
class FaultInjectionTlsTest {

    private static final Issued LOCALHOST =
            TestCertificates.selfSigned("localhost", List.of("localhost"), List.of("127.0.0.1"));
    private static final Issued OTHER_HOST =
            TestCertificates.selfSigned("other.example", List.of("other.example"), List.of());
    private static final Issued CLIENT = TestCertificates.selfSigned("CP-1", List.of(), List.of());

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

    private static SslContext serverContext(Issued identity) throws SSLException {
        return SslContextBuilder.forServer(identity.key(), identity.certificate()).build();
    }

    private SessionHarness start(TlsSettings tls) {
        harness = new SessionHarness(SessionHarness.config(server.url()).tls(tls).build()).start();
        return harness;
    }

    private TlsSettings trusting(Issued serverIdentity, ServerVerification verification) {
        Path ca = serverIdentity.writeCertificate(dir.resolve("ca.pem"));
        return new TlsSettings(verification, CipherStrictness.ONLY_SECURE_CIPHERS, ca, null, null);
    }

    @Test
    void aServerCertificateFromTheCaBundleIsTrusted() throws Exception {
        server = WsTestServer.tls(serverContext(LOCALHOST));
        start(trusting(LOCALHOST, ServerVerification.FULL));

        harness.awaitPhase(Phase.CONNECTED);
        assertThat(harness.session.call(boot()).block(WAIT).status()).isEqualTo(RegistrationStatus.ACCEPTED);
        server.awaitConnection(WAIT).awaitText(t -> t.contains("\"BootNotification\""), WAIT);
    }

    @Test
    void aSelfSignedCertificateIsNotTrustedWithoutTheCaBundle() throws Exception {
        server = WsTestServer.tls(serverContext(LOCALHOST));
        start(TlsSettings.DEFAULT);

        ConnectionState waiting = harness.awaitPhase(Phase.WAITING);
        assertThat(waiting.cause()).contains("TLS handshake");
        assertThat(waiting.failure()).as("the security event InvalidCentralSystemCertificate")
                .isEqualTo(ConnectionState.Failure.SERVER_CERTIFICATE);
        assertThat(harness.everConnected()).isFalse();
        assertThat(server.upgrades).isEmpty();
    }

    @Test
    void aCertificateForAnotherHostFailsFullVerification() throws Exception {
        server = WsTestServer.tls(serverContext(OTHER_HOST));
        start(trusting(OTHER_HOST, ServerVerification.FULL));

        ConnectionState waiting = harness.awaitPhase(Phase.WAITING);
        assertThat(waiting.cause()).contains("TLS handshake");
        assertThat(waiting.failure()).isEqualTo(ConnectionState.Failure.SERVER_CERTIFICATE);
        assertThat(harness.everConnected()).isFalse();
        assertThat(server.upgrades).isEmpty();
    }

    @Test
    void aCertificateForAnotherHostPassesWhenTheHostCheckIsSkipped() throws Exception {
        server = WsTestServer.tls(serverContext(OTHER_HOST));
        start(trusting(OTHER_HOST, ServerVerification.SKIP_HOST_CHECK));

        harness.awaitPhase(Phase.CONNECTED);
        assertThat(harness.session.call(boot()).block(WAIT).status()).isEqualTo(RegistrationStatus.ACCEPTED);
    }

    @Test
    void skipHostCheckStillChecksTheChain() throws Exception {
        server = WsTestServer.tls(serverContext(OTHER_HOST));
        start(new TlsSettings(ServerVerification.SKIP_HOST_CHECK, CipherStrictness.ONLY_SECURE_CIPHERS,
                LOCALHOST.writeCertificate(dir.resolve("unrelated-ca.pem")), null, null));

        assertThat(harness.awaitPhase(Phase.WAITING).cause()).contains("TLS handshake");
        assertThat(harness.everConnected()).isFalse();
    }

    @ParameterizedTest(name = "client key as {0}")
    @EnumSource(KeyFormat.class)
    void mutualTlsPresentsTheClientCertificate(KeyFormat format) throws Exception {
        server = WsTestServer.tls(SslContextBuilder.forServer(LOCALHOST.key(), LOCALHOST.certificate())
                .trustManager(CLIENT.certificate()).clientAuth(ClientAuth.REQUIRE).build());
        Path ca = LOCALHOST.writeCertificate(dir.resolve("ca.pem"));
        start(new TlsSettings(ServerVerification.FULL, CipherStrictness.ONLY_SECURE_CIPHERS, ca,
                CLIENT.writeCertificate(dir.resolve("client.pem")),
                CLIENT.writeKey(dir.resolve("client-key.pem"), format)));

        harness.awaitPhase(Phase.CONNECTED);
        assertThat(harness.session.call(boot()).block(WAIT).status()).isEqualTo(RegistrationStatus.ACCEPTED);
    }

    @Test
    void withoutAClientCertificateAServerThatRequiresOneIsNotConnectedTo() throws Exception {
        server = WsTestServer.tls(SslContextBuilder.forServer(LOCALHOST.key(), LOCALHOST.certificate())
                .trustManager(CLIENT.certificate()).clientAuth(ClientAuth.REQUIRE).build());
        start(trusting(LOCALHOST, ServerVerification.FULL));

        ConnectionState waiting = harness.awaitPhase(Phase.WAITING);
        assertThat(waiting.cause()).isNotBlank();
        assertThat(waiting.failure()).as("the server refused our certificate; its own was fine")
                .isNotEqualTo(ConnectionState.Failure.SERVER_CERTIFICATE);
        assertThat(harness.everConnected()).isFalse();
        assertThat(server.connectionCount()).isZero();
    }

    @Test
    void anUnreadableCaBundleIsReportedAsTheCauseAndRetriedUntilItIsFixed() throws Exception {
        server = WsTestServer.tls(serverContext(LOCALHOST));
        try (WsTestServer plain = WsTestServer.plain()) {
            harness = new SessionHarness(SessionHarness.config(plain.url()).build()).start();
            harness.awaitPhase(Phase.CONNECTED);
            Path missing = dir.resolve("missing-ca.pem");

            harness.session.reconfigure(harness.session.config().toBuilder().backendUrl(URI.create(server.url()))
                    .tls(new TlsSettings(ServerVerification.FULL, CipherStrictness.ONLY_SECURE_CIPHERS, missing,
                            null, null))
                    .build());

            harness.awaitState(s -> s.phase() == Phase.WAITING && s.cause() != null
                    && s.cause().contains("missing-ca.pem"), "WAITING naming the CA bundle");
            LOCALHOST.writeCertificate(missing);
            harness.awaitPhase(Phase.CONNECTED);
            assertThat(server.awaitConnection(WAIT).index).isZero();
        }
    }
}
