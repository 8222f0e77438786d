package io.reactiveocpp.session;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.reactiveocpp.codec.message.core.HeartbeatRequest;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.session.ConnectionState.Phase;
import io.reactiveocpp.session.testing.ConnectProxy;
import io.reactiveocpp.session.testing.SessionHarness;
import io.reactiveocpp.session.testing.WsTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import static io.reactiveocpp.session.testing.SessionHarness.WAIT;
import static io.reactiveocpp.session.testing.SessionHarness.boot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The WebSocket upgrade going wrong (subprotocol, credentials), and the upgrade through an HTTP CONNECT proxy. */
class FaultInjectionHandshakeTest {

    private WsTestServer server;
    private SessionHarness harness;

    @BeforeEach
    void setUp() {
        server = WsTestServer.plain();
    }

    @AfterEach
    void tearDown() {
        try {
            if (harness != null) {
                harness.close();
            }
        } finally {
            server.close();
        }
    }

    private SessionHarness start(SessionConfig config) {
        harness = new SessionHarness(config).start();
        return harness;
    }

    @ParameterizedTest(name = "server selects {0}")
    @NullSource
    @ValueSource(strings = {"ocpp2.0.1"})
    void aServerThatDoesNotSelectOcpp16IsNotConnectedTo(String selected) throws Exception {
        server.selectSubprotocol(selected);
        start(SessionHarness.config(server.url()).build());

        assertThat(server.awaitUpgrade(WAIT).headers()).containsEntry("sec-websocket-protocol", "ocpp1.6");
        ConnectionState waiting = harness.awaitPhase(Phase.WAITING);
        assertThat(waiting.cause()).contains("subprotocol ocpp1.6");
        assertThat(harness.everConnected()).isFalse();
        assertThatThrownBy(() -> harness.session.call(HeartbeatRequest.INSTANCE).block(WAIT))
                .isInstanceOf(CallException.Offline.class);
    }

    @Test
    void http401IsReportedWithoutThePasswordAndTheServerSawBasicCredentials() throws Exception {
        String password = "s3cret-Passw0rd";
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString(("CP-1:" + password).getBytes(StandardCharsets.UTF_8));
        server.refuseWith(HttpResponseStatus.UNAUTHORIZED);
        start(SessionHarness.config(server.url()).authorizationKey(AuthorizationKey.fromText(password)).build());

        WsTestServer.Upgrade upgrade = server.awaitUpgrade(WAIT);
        assertThat(upgrade.uri()).isEqualTo("/ocpp/CP-1");
        assertThat(upgrade.headers()).containsEntry("authorization", expected);
        ConnectionState waiting = harness.awaitPhase(Phase.WAITING);
        assertThat(waiting.cause()).contains("HTTP 401").doesNotContain(password)
                .doesNotContain(expected.substring("Basic ".length()));
        assertThat(waiting.failure()).isEqualTo(ConnectionState.Failure.UNAUTHORIZED);
        assertThat(harness.everConnected()).isFalse();
        // and it keeps trying
        server.awaitUpgrade(WAIT);
    }

    @Test
    void theSessionConnectsThroughAConnectProxy() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy()) {
            start(SessionHarness.config(server.url()).proxy("127.0.0.1:" + proxy.port()).build());

            harness.awaitPhase(Phase.CONNECTED);
            String request = proxy.requests.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(request).isEqualTo("CONNECT 127.0.0.1:" + server.port());
            WsTestServer.Peer peer = server.awaitConnection(WAIT);
            assertThat(harness.session.call(boot()).block(WAIT).status()).isEqualTo(RegistrationStatus.ACCEPTED);
            peer.awaitText(t -> t.contains("\"BootNotification\""), WAIT);
            assertThat(proxy.requests).isEmpty();
        }
    }
}
