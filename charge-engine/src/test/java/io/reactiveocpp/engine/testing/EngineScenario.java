package io.reactiveocpp.engine.testing;

import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.StatusNotificationConfirmation;
import io.reactiveocpp.codec.message.core.StatusNotificationRequest;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.ChargePointErrorCode;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.engine.ChargePoint;
import io.reactiveocpp.engine.StationIdentity;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.engine.store.MemoryEngineStore;
import org.junit.jupiter.api.AfterEach;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The common frame of the engine's scenario tests: one connector of fake hardware, a recording backend, an
 * in-memory store and virtual time; a charge point booted against the backend.
 */
public abstract class EngineScenario {

    protected final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    protected final RecordingClient backend = new RecordingClient();
    protected final FakeStation station = new FakeStation(1);
    protected final EngineStore store = new MemoryEngineStore();
    protected final Configuration config = new Configuration(new KeyCatalogue(1), store);

    @AfterEach
    void disposeTime() {
        time.dispose();
    }

    /** The backend's clock in the scenarios. */
    protected static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    protected static final IdTagInfo ACCEPTED = new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED);

    /** Boot accepted at {@link #T0} (heartbeat once a day), then connector 0 and 1 Available, answered. */
    protected ChargePoint bootedAtT0() {
        ChargePoint chargePoint = bootAccepted(T0, 86_400);
        expectStatus(0, ChargePointStatus.AVAILABLE, T0);
        expectStatus(1, ChargePointStatus.AVAILABLE, T0);
        return chargePoint;
    }

    /** Starts a charge point, brings the link up and accepts its BootNotification; returns the charge point. */
    protected ChargePoint bootAccepted(Instant backendTime, int heartbeatInterval) {
        return bootAccepted(backendTime, heartbeatInterval,
                new StationIdentity("ACME", "Wallbox", null, null, null, null, null, null, null));
    }

    /** {@link #bootAccepted(Instant, int)} for a station of that identity (e.g. one with a serial number). */
    protected ChargePoint bootAccepted(Instant backendTime, int heartbeatInterval, StationIdentity identity) {
        ChargePoint chargePoint = new ChargePoint(backend, station, config, store, time, identity);
        chargePoint.start();
        backend.connected(true);
        backend.next(BootNotificationRequest.class)
                .answer(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED, backendTime, heartbeatInterval));
        return chargePoint;
    }

    /** The next message is a StatusNotification of that connector and status; it is answered. */
    protected void expectStatus(int connector, ChargePointStatus status) {
        var sent = backend.next(StatusNotificationRequest.class);
        assertThat(sent.<StatusNotificationRequest>request().connectorId()).isEqualTo(connector);
        assertThat(sent.<StatusNotificationRequest>request().status()).isEqualTo(status);
        sent.answer(StatusNotificationConfirmation.INSTANCE);
    }

    /** The next message is a StatusNotification; it is answered. */
    protected void answerStatus() {
        backend.next(StatusNotificationRequest.class).answer(StatusNotificationConfirmation.INSTANCE);
    }

    /** The next message is exactly {@code expected}, every field; the backend answers it with {@code answer}. */
    protected <C extends Confirmation> void expect(Request<C> expected, C answer) {
        expect(backend, expected, answer);
    }

    /** The next message {@code client} got is exactly {@code expected}; it answers with {@code answer}. */
    @SuppressWarnings("unchecked")
    protected static <C extends Confirmation> void expect(RecordingClient client, Request<C> expected, C answer) {
        var sent = client.next((Class<Request<?>>) expected.getClass());
        assertThat(sent.<Request<C>>request()).isEqualTo(expected);
        sent.answer(answer);
    }

    /** The next message is the StatusNotification of a connector's {@code status} without error at {@code at}. */
    protected void expectStatus(int connector, ChargePointStatus status, Instant at) {
        expectStatus(backend, connector, status, at);
    }

    /** The next message {@code client} got is a StatusNotification of {@code status} without error at {@code at}. */
    protected static void expectStatus(RecordingClient client, int connector, ChargePointStatus status, Instant at) {
        expect(client, new StatusNotificationRequest(connector, ChargePointErrorCode.NO_ERROR, null, status, at, null,
                null), StatusNotificationConfirmation.INSTANCE);
    }
}
