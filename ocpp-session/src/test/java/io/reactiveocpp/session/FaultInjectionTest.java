package io.reactiveocpp.session;

import com.fasterxml.jackson.databind.JsonNode;
import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.frame.ErrorCode;
import io.reactiveocpp.codec.message.core.HeartbeatRequest;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.session.ConnectionState.Phase;
import io.reactiveocpp.session.testing.SessionHarness;
import io.reactiveocpp.session.testing.WsTestServer;
import io.reactiveocpp.session.testing.WsTestServer.Peer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static io.reactiveocpp.session.testing.SessionHarness.WAIT;
import static io.reactiveocpp.session.testing.SessionHarness.boot;
import static io.reactiveocpp.session.testing.WsTestServer.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults of an established link, injected by a scripted Netty backend on 127.0.0.1: a connection dropped in
 * mid-call, a backend that never answers, a CALLERROR, garbage frames, and pings with and without pongs.
 */
class FaultInjectionTest {

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

    private OcppSession connect(SessionConfig.Builder config) throws InterruptedException {
        harness = new SessionHarness(config.build()).start();
        harness.awaitPhase(Phase.CONNECTED);
        return harness.session;
    }

    @Test
    void aConnectionDroppedInMidCallFailsTheCallAsOfflineAndTheSessionReconnects() throws Exception {
        server.responder((peer, text) -> {
            if (peer.index == 0) {
                peer.dropTcp(); // the CALL arrived; the connection goes away instead of an answer
            } else {
                WsTestServer.BACKEND.onText(peer, text);
            }
        });
        OcppSession session = connect(SessionHarness.config(server.url()));
        Peer first = server.awaitConnection(WAIT);

        StepVerifier.create(session.call(boot()))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(CallException.Offline.class)
                        .hasMessageContaining("BootNotification"))
                .verify(WAIT);
        assertThat(first.awaitText(t -> t.contains("\"BootNotification\""), WAIT)).startsWith("[2,");
        assertThat(harness.awaitPhase(Phase.WAITING).cause()).isNotBlank();

        Peer second = server.awaitConnection(WAIT);
        assertThat(second.index).isEqualTo(1);
        harness.awaitPhase(Phase.CONNECTED);
        assertThat(session.call(boot()).block(WAIT).status()).isEqualTo(RegistrationStatus.ACCEPTED);
    }

    @Test
    void aBackendThatNeverAnswersTimesTheCallOutAndTheSessionReconnects() throws Exception {
        server.responder(WsTestServer.SILENT);
        OcppSession session = connect(SessionHarness.config(server.url()).responseTimeout(Duration.ofSeconds(1)));
        Peer first = server.awaitConnection(WAIT);

        Duration took = StepVerifier.create(session.call(boot()))
                .expectError(CallException.TimedOut.class)
                .verify(WAIT);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        first.awaitText(t -> t.contains("\"BootNotification\""), WAIT);

        // nothing at all arrived after the CALL: the link counts as half-open and is replaced
        assertThat(harness.awaitPhase(Phase.WAITING).cause()).contains("no answer");
        first.closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(server.awaitConnection(WAIT).index).isEqualTo(1);
    }

    @Test
    void aCallErrorFailsTheCallAsRejectedWithCodeAndDescription() throws Exception {
        server.responder((peer, text) -> {
            JsonNode frame = parse(text);
            if (frame != null && frame.path(0).asInt() == 2) {
                peer.send("[4,\"" + frame.path(1).asText() + "\",\"GenericError\",\"boom\",{}]");
            }
        });
        OcppSession session = connect(SessionHarness.config(server.url()));

        StepVerifier.create(session.call(boot()))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOfSatisfying(CallException.Rejected.class, r -> {
                    assertThat(r.action()).isEqualTo(Action.BOOT_NOTIFICATION);
                    assertThat(r.errorCode()).isEqualTo(ErrorCode.GENERIC_ERROR);
                    assertThat(r.description()).isEqualTo("boom");
                }))
                .verify(WAIT);
        assertThat(harness.history).noneMatch(s -> s.phase() == Phase.WAITING);
    }

    @Test
    void garbageFromTheBackendIsAnsweredOrIgnoredAndTheLinkStaysUp() throws Exception {
        OcppSession session = connect(SessionHarness.config(server.url()));
        Peer peer = server.awaitConnection(WAIT);

        peer.send("not json");
        peer.send("[2,\"x\",\"NoSuchAction\",{}]");
        peer.send("[2,\"y\",\"Reset\",{\"type\":\"Bogus\"}]");

        JsonNode notImplemented = parse(peer.awaitText(t -> t.contains("\"x\""), WAIT));
        assertThat(notImplemented.path(0).asInt()).isEqualTo(4);
        assertThat(notImplemented.path(1).asText()).isEqualTo("x");
        assertThat(notImplemented.path(2).asText()).isEqualTo("NotImplemented");

        JsonNode violation = parse(peer.awaitText(t -> t.contains("\"y\""), WAIT));
        assertThat(violation.path(0).asInt()).isEqualTo(4);
        assertThat(violation.path(1).asText()).isEqualTo("y");
        assertThat(violation.path(2).asText()).isEqualTo("PropertyConstraintViolation");
        assertThat(violation.path(3).asText() + " " + violation.path(4)).containsPattern("\\btype\\b");

        assertThat(session.call(boot()).block(WAIT).status()).isEqualTo(RegistrationStatus.ACCEPTED);
        session.admit(true);
        assertThat(session.call(HeartbeatRequest.INSTANCE).block(WAIT).currentTime()).isNotNull();
        assertThat(server.connectionCount()).isEqualTo(1);
        assertThat(harness.history).noneMatch(s -> s.phase() == Phase.WAITING);
    }

    @Test
    void aBackendThatSwallowsPingsLosesTheLinkForTheMissingPongAndTheSessionReconnects() throws Exception {
        server.answerPings(false);
        connect(SessionHarness.config(server.url()).pingInterval(Duration.ofSeconds(1)));
        Peer first = server.awaitConnection(WAIT);

        first.awaitPing(WAIT);
        assertThat(harness.awaitPhase(Phase.WAITING).cause()).contains("pong");
        first.closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(server.awaitConnection(WAIT).index).isEqualTo(1);
        harness.awaitPhase(Phase.CONNECTED);
    }

    @Test
    void pongsKeepTheLinkUpAcrossSeveralPingIntervals() throws Exception {
        connect(SessionHarness.config(server.url()).pingInterval(Duration.ofSeconds(1)));
        Peer peer = server.awaitConnection(WAIT);

        // without pongs the link would drop at the second interval, before a second ping on this connection
        for (int i = 0; i < 3; i++) {
            peer.awaitPing(Duration.ofSeconds(3));
        }
        assertThat(peer.closed).isNotDone();
        assertThat(server.connectionCount()).isEqualTo(1);
        assertThat(harness.history).noneMatch(s -> s.phase() == Phase.WAITING);
    }
}
