package io.reactiveocpp.engine.testing;

import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.StatusNotificationConfirmation;
import io.reactiveocpp.codec.message.core.StatusNotificationRequest;
import io.reactiveocpp.codec.type.ChargePointStatus;
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

    /** Starts a charge point, brings the link up and accepts its BootNotification; returns the charge point. */
    protected ChargePoint bootAccepted(Instant backendTime, int heartbeatInterval) {
        ChargePoint chargePoint = new ChargePoint(backend, station, config, store, time,
                new StationIdentity("ACME", "Wallbox", null, null, null, null, null, null, null));
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
}
