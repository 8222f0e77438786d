package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.HeartbeatConfirmation;
import io.reactiveocpp.codec.message.core.HeartbeatRequest;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.engine.boot.Registration;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.MemoryEngineStore;
import io.reactiveocpp.engine.testing.RecordingClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Registration and heartbeat (OCPP 1.6 sections 4.2, 4.6): Accepted, Pending, Rejected, in virtual time. */
class RegistrationTest {

    private static final Instant BACKEND_TIME = Instant.parse("2026-11-25T12:00:00Z");

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final RecordingClient backend = new RecordingClient();
    private final Configuration config = new Configuration(new KeyCatalogue(1), new MemoryEngineStore());
    private ChargePoint chargePoint;

    @BeforeEach
    void setUp() {
        chargePoint = new ChargePoint(backend, new io.reactiveocpp.engine.testing.FakeStation(1), config,
                new MemoryEngineStore(), time,
                new StationIdentity("ACME", "Wallbox 22", "SN-1", null, "1.0.0", null, null, "SDM630", "M-1"));
        chargePoint.start();
    }

    @AfterEach
    void tearDown() {
        time.dispose();
    }

    /** The station and connector statuses follow every accepted boot (section 4.9). */
    private void answerStatusNotifications() {
        for (int connector = 0; connector <= 1; connector++) {
            var status = backend.next(io.reactiveocpp.codec.message.core.StatusNotificationRequest.class);
            assertThat(((io.reactiveocpp.codec.message.core.StatusNotificationRequest) status.request).connectorId())
                    .isEqualTo(connector);
            status.answer(io.reactiveocpp.codec.message.core.StatusNotificationConfirmation.INSTANCE);
        }
    }

    @Test
    void acceptedBootAdmitsTheQueueSetsTheClockAndStartsTheHeartbeat() {
        backend.connected(true);
        var boot = backend.next(BootNotificationRequest.class);
        assertThat(((BootNotificationRequest) boot.request).chargePointVendor()).isEqualTo("ACME");
        assertThat(((BootNotificationRequest) boot.request).meterSerialNumber()).isEqualTo("M-1");
        boot.answer(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED, BACKEND_TIME, 120));
        answerStatusNotifications();

        assertThat(backend.admitted).isTrue();
        assertThat(chargePoint.clock().now()).isEqualTo(BACKEND_TIME);
        assertThat(config.integer("HeartbeatInterval")).isEqualTo(120);
        time.advanceTimeBy(Duration.ofSeconds(119));
        assertThat(backend.quiet()).isTrue();
        time.advanceTimeBy(Duration.ofSeconds(1));
        backend.next(HeartbeatRequest.class).answer(new HeartbeatConfirmation(BACKEND_TIME.plusSeconds(600)));
        assertThat(chargePoint.clock().now()).isEqualTo(BACKEND_TIME.plusSeconds(600));

        backend.connected(false);
        backend.connected(true);
        assertThat(backend.quiet()).as("no second BootNotification after a reconnect").isTrue();
    }

    @Test
    void pendingAndRejectedRetryAfterTheirIntervalWithTheQueueClosed() {
        backend.connected(true);
        backend.next(BootNotificationRequest.class)
                .answer(new BootNotificationConfirmation(RegistrationStatus.PENDING, BACKEND_TIME, 30));
        assertThat(chargePoint.registration().state()).isEqualTo(Registration.State.PENDING);
        assertThat(backend.admitted).isFalse();
        time.advanceTimeBy(Duration.ofSeconds(29));
        assertThat(backend.quiet()).isTrue();
        time.advanceTimeBy(Duration.ofSeconds(1));
        backend.next(BootNotificationRequest.class)
                .answer(new BootNotificationConfirmation(RegistrationStatus.REJECTED, BACKEND_TIME, 0));
        assertThat(chargePoint.registration().state()).isEqualTo(Registration.State.REJECTED);
        time.advanceTimeBy(Duration.ofSeconds(59));
        assertThat(backend.quiet()).as("interval 0: the default of 60 s").isTrue();
        time.advanceTimeBy(Duration.ofSeconds(1));
        backend.next(BootNotificationRequest.class)
                .answer(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED, BACKEND_TIME, 300));
        assertThat(backend.admitted).isTrue();
        answerStatusNotifications();
    }

    @Test
    void aChangedHeartbeatIntervalAppliesAtOnce() {
        backend.connected(true);
        backend.next(BootNotificationRequest.class)
                .answer(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED, BACKEND_TIME, 300));
        answerStatusNotifications();
        config.change("HeartbeatInterval", "10");
        time.advanceTimeBy(Duration.ofSeconds(10));
        backend.next(HeartbeatRequest.class).answer(new HeartbeatConfirmation(BACKEND_TIME));
    }

    @Test
    void theHeartbeatIsLeftOutWhileOtherMessagesFlowUnlessForced() {
        backend.connected(true);
        backend.next(BootNotificationRequest.class)
                .answer(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED, BACKEND_TIME, 60));
        answerStatusNotifications();
        time.advanceTimeBy(Duration.ofSeconds(30));
        backend.receive(new io.reactiveocpp.codec.message.core.ClearCacheRequest()); // the backend asks something
        time.advanceTimeBy(Duration.ofSeconds(30));
        assertThat(backend.quiet()).as("a message came 30 s ago: no heartbeat at 60 s").isTrue();
        time.advanceTimeBy(Duration.ofSeconds(60));
        backend.next(HeartbeatRequest.class).answer(new HeartbeatConfirmation(BACKEND_TIME)); // quiet for 90 s

        config.change("ForceHeartbeat", "true");
        time.advanceTimeBy(Duration.ofSeconds(30));
        backend.receive(new io.reactiveocpp.codec.message.core.ClearCacheRequest());
        time.advanceTimeBy(Duration.ofSeconds(30));
        backend.next(HeartbeatRequest.class).answer(new HeartbeatConfirmation(BACKEND_TIME)); // forced
        assertThat(backend.quiet()).isTrue();
    }
}
