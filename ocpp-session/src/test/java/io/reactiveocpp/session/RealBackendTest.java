package io.reactiveocpp.session;

import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.ChangeConfigurationConfirmation;
import io.reactiveocpp.codec.message.core.ChangeConfigurationRequest;
import io.reactiveocpp.codec.type.ConfigurationStatus;
import io.reactiveocpp.codec.message.core.HeartbeatRequest;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.core.ResetConfirmation;
import io.reactiveocpp.codec.message.core.ResetRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.codec.type.ResetStatus;
import io.reactiveocpp.codec.type.SampledValue;
import io.reactiveocpp.session.queue.SqliteQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The session against a real, independent central system: Java-OCA-OCPP 1.1.0's JSON server on 127.0.0.1. */
class RealBackendTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private JavaOcaBackend backend;
    private StoreWriter store;
    private OcppSession session;
    private final io.micrometer.core.instrument.simple.SimpleMeterRegistry meters =
            new io.micrometer.core.instrument.simple.SimpleMeterRegistry();

    @BeforeEach
    void setUp() {
        backend = new JavaOcaBackend();
        store = new StoreWriter(SqliteQueueStore.open(dir.resolve("queue.db")), "store-test");
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.stop().block(WAIT);
        }
        store.close();
        backend.close();
    }

    private OcppSession start(SessionConfig config) {
        session = OcppSession.builder(config, store).meterRegistry(meters).build();
        session.handle(ResetRequest.class, reset -> reactor.core.publisher.Mono.just(new ResetConfirmation(ResetStatus.ACCEPTED)));
        // what the app does with a ChangeConfiguration of AuthorizationKey: the configuration emits the change
        // synchronously, the app reconfigures the session, and the handler answers Accepted
        session.handle(ChangeConfigurationRequest.class, change -> {
            session.reconfigure(session.config().toBuilder()
                    .authorizationKey(AuthorizationKey.fromOcppHex(change.value())).build());
            return reactor.core.publisher.Mono.just(new ChangeConfigurationConfirmation(ConfigurationStatus.ACCEPTED));
        });
        session.start().block(WAIT);
        return session;
    }

    private SessionConfig.Builder config() {
        // pings every second: Java-WebSocket 1.5.2 sometimes holds an answer until it next writes (a pong)
        return SessionConfig.builder(backend.url(), "CP-1").pingInterval(Duration.ofSeconds(1))
                .reconnectMinDelay(Duration.ofMillis(100))
                .reconnectMaxDelay(Duration.ofMillis(500));
    }

    @Test
    void bootsHeartbeatsAndAnswersTheBackendsCall() throws Exception {
        start(config().build());

        var boot = session.call(new BootNotificationRequest("ACME", "Wallbox 22", null, null, null, null, null, null, null))
                .block(WAIT);
        assertThat(boot.status()).isEqualTo(RegistrationStatus.ACCEPTED);
        assertThat(backend.identifiers).containsExactly("/CP-1");
        session.admit(true);
        var heartbeat = session.call(HeartbeatRequest.INSTANCE).block(WAIT);
        assertThat(heartbeat.currentTime()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(5, java.time.temporal.ChronoUnit.SECONDS));

        var answer = (eu.chargetime.ocpp.model.core.ResetConfirmation) backend.send(
                new eu.chargetime.ocpp.model.core.ResetRequest(eu.chargetime.ocpp.model.core.ResetType.Soft));
        assertThat(answer.getStatus()).isEqualTo(eu.chargetime.ocpp.model.core.ResetStatus.Accepted);

        assertThat(meters.get("ocpp.calls.sent").tags("action", "BootNotification", "outcome", "result").counter().count())
                .isEqualTo(1);
        assertThat(meters.get("ocpp.calls.received").tags("action", "Reset", "outcome", "result").counter().count())
                .isEqualTo(1);
        assertThat(meters.get("ocpp.call.roundtrip").tags("action", "Heartbeat").timer().count()).isEqualTo(1);
        assertThat(meters.get("ocpp.connect.attempts").tags("outcome", "connected").counter().count()).isEqualTo(1);
        assertThat(meters.get("ocpp.received.bytes").counter().count()).isGreaterThan(100);
        assertThat(meters.get("ocpp.sent.bytes").counter().count()).isGreaterThan(100);
        assertThat(meters.get("ocpp.connected").tag("charge_point", "CP-1").gauge().value()).isEqualTo(1);
    }

    @Test
    void transactionMessagesCarryTheTransactionIdTheBackendAssigned() throws Exception {
        start(config().build());
        var outcomes = session.transactionOutcomes().replay();
        outcomes.connect();
        session.call(new BootNotificationRequest("ACME", "Wallbox 22", null, null, null, null, null, null, null)).block(WAIT);
        session.admit(true);

        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        session.enqueue(new TransactionMessage(7, new StartTransactionRequest(1, "TAG-1", 1000, null, now), false)).block(WAIT);
        // queued before the StartTransaction is answered: the transactionId is not known yet
        session.enqueue(new TransactionMessage(7, new MeterValuesRequest(1, 0, List.of(new MeterValue(now,
                List.of(new SampledValue("1500", null, null, null, null, null, null))))), false)).block(WAIT);
        session.enqueue(new TransactionMessage(7, new StopTransactionRequest(null, 2000, now, 0, null, null), false))
                .block(WAIT);

        List<eu.chargetime.ocpp.model.core.StopTransactionRequest> stops =
                backend.await(eu.chargetime.ocpp.model.core.StopTransactionRequest.class, 1);
        var meterValues = backend.await(eu.chargetime.ocpp.model.core.MeterValuesRequest.class, 1);
        assertThat(meterValues.get(0).getTransactionId()).isEqualTo(1001);
        assertThat(stops.get(0).getTransactionId()).isEqualTo(1001);
        var first = outcomes.blockFirst(WAIT);
        assertThat(first.confirmation()).isInstanceOf(StartTransactionConfirmation.class);
        assertThat(((StartTransactionConfirmation) first.confirmation()).transactionId()).isEqualTo(1001);
    }

    @Test
    void basicAuthenticationSendsTheIdAndTheDecodedKey() throws Exception {
        byte[] password = "0123456789abcdef0123".getBytes(StandardCharsets.US_ASCII);
        backend.requirePassword(password);
        String hex = java.util.HexFormat.of().formatHex(password);
        start(config().authorizationKey(AuthorizationKey.fromOcppHex(hex)).build());
        assertThat(backend.sessions.poll(10, TimeUnit.SECONDS)).isEqualTo("open");
        var boot = session.call(new BootNotificationRequest("ACME", "Wallbox 22", null, null, null, null, null, null, null))
                .block(WAIT);
        assertThat(boot.status()).isEqualTo(RegistrationStatus.ACCEPTED);
    }

    @Test
    void aNewAuthorizationKeyIsAcceptedOnTheOldLinkAndThenUsedToReconnect() throws Exception {
        byte[] oldPassword = "old password 0123456".getBytes(StandardCharsets.US_ASCII);
        byte[] newPassword = "new password 6543210".getBytes(StandardCharsets.US_ASCII);
        backend.requirePassword(oldPassword);
        start(config().authorizationKey(AuthorizationKey.fromText("old password 0123456")).build());
        assertThat(backend.sessions.poll(10, TimeUnit.SECONDS)).isEqualTo("open");
        session.call(new BootNotificationRequest("ACME", "Wallbox 22", null, null, null, null, null, null, null))
                .block(WAIT);

        backend.requirePassword(newPassword); // from now on only the new key gets in
        var answer = (eu.chargetime.ocpp.model.core.ChangeConfigurationConfirmation) backend.send(
                new eu.chargetime.ocpp.model.core.ChangeConfigurationRequest("AuthorizationKey",
                        java.util.HexFormat.of().formatHex(newPassword)));
        assertThat(answer.getStatus()).isEqualTo(eu.chargetime.ocpp.model.core.ConfigurationStatus.Accepted);

        // the server may report the new link's open before the old link's close (its threads race): order-free
        List<String> events = new java.util.ArrayList<>();
        events.add(backend.sessions.poll(10, TimeUnit.SECONDS));
        events.add(backend.sessions.poll(10, TimeUnit.SECONDS));
        assertThat(events).as("the old link closes and a new one opens").containsExactlyInAnyOrder("lost", "open");
        assertThat(backend.passwords).hasSize(2);
        assertThat(backend.passwords.get(1)).as("authenticated with the new key").isEqualTo(newPassword);
        var boot = session.call(new BootNotificationRequest("ACME", "Wallbox 22", null, null, null, null, null, null, null))
                .block(WAIT);
        assertThat(boot.status()).isEqualTo(RegistrationStatus.ACCEPTED);
    }

    @Test
    void aWrongKeyIsRefusedAndVisibleInTheConnectionState() {
        backend.requirePassword("the right one".getBytes(StandardCharsets.UTF_8));
        start(config().authorizationKey(AuthorizationKey.fromText("a wrong one")).build());
        ConnectionState waiting = session.connectionStates()
                .filter(s -> s.phase() == ConnectionState.Phase.WAITING).blockFirst(WAIT);
        // Java-OCA-OCPP (Java-WebSocket) answers a failed authentication with 404, not 401
        assertThat(waiting.cause()).contains("refused the WebSocket upgrade with HTTP 404").doesNotContain("wrong one");
        assertThatThrownBy(() -> session.call(HeartbeatRequest.INSTANCE).block(WAIT))
                .isInstanceOf(CallException.Offline.class);
    }
}
