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
import java.util.concurrent.TimeUnit;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Registration and heartbeat (OCPP 1.6 sections 4.2, 4.6): Accepted, Pending, Rejected, in virtual time. */
class RegistrationTest {

    private static final Instant BACKEND_TIME = Instant.parse("2026-11-25T12:00:00Z");

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final RecordingClient backend = new RecordingClient();
    private final Configuration config = new Configuration(new KeyCatalogue(1), new MemoryEngineStore());
    private ChargePoint chargePoint;
    private long acceptedAt;

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
        acceptWithInterval(300);
        time.advanceTimeBy(Duration.ofSeconds(4));
        config.change("HeartbeatInterval", "10");
        // the new interval counts from the last message (the statuses at 0 s), not from the change at 4 s,
        // and not from the old interval's 300 s
        heartbeatAt(10);
        heartbeatAt(20);
    }

    /** Accepted at T0 with interval 60: the heartbeat exactly 60 s after the last message either way, never later. */
    @Test
    void onAnIdleLinkTheHeartbeatGoesOutExactlyOneIntervalAfterTheLastMessage() {
        acceptWithInterval(60);
        for (int n = 1; n <= 3; n++) {
            heartbeatAt(60 * n);
        }
        // the backend asks something at 200 s: the interval counts from there (a fixed 60-s tick would skip 240 s
        // as "traffic 40 s ago" and leave a 100-s gap until 300 s, which a backend watching 1.5 intervals flags)
        time.advanceTimeBy(Duration.ofSeconds(20));
        backend.receive(new io.reactiveocpp.codec.message.core.ClearCacheRequest());
        heartbeatAt(260);
        heartbeatAt(320);
    }

    @Test
    void theHeartbeatIsLeftOutWhileOtherMessagesFlowUnlessForced() {
        acceptWithInterval(60);
        time.advanceTimeBy(Duration.ofSeconds(30));
        backend.receive(new io.reactiveocpp.codec.message.core.ClearCacheRequest()); // the backend asks something
        time.advanceTimeBy(Duration.ofSeconds(30));
        assertThat(backend.quiet()).as("a message came 30 s ago: no heartbeat at 60 s").isTrue();
        heartbeatAt(90);

        config.change("ForceHeartbeat", "true");
        time.advanceTimeBy(Duration.ofSeconds(30));
        backend.receive(new io.reactiveocpp.codec.message.core.ClearCacheRequest());
        heartbeatAt(150); // forced: 60 s after the last heartbeat, whatever flowed since
        heartbeatAt(210);
    }

    private void acceptWithInterval(int seconds) {
        backend.connected(true);
        backend.next(BootNotificationRequest.class)
                .answer(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED, BACKEND_TIME, seconds));
        answerStatusNotifications();
        acceptedAt = time.now(TimeUnit.MILLISECONDS);
    }

    /** Nothing until {@code second} after the accepted boot, then a Heartbeat at that very millisecond. */
    private void heartbeatAt(long second) {
        long at = acceptedAt + TimeUnit.SECONDS.toMillis(second);
        time.advanceTimeBy(Duration.ofMillis(at - 1 - time.now(TimeUnit.MILLISECONDS)));
        assertThat(backend.quiet()).as("no heartbeat before %d s", second).isTrue();
        time.advanceTimeBy(Duration.ofMillis(1));
        backend.next(HeartbeatRequest.class).answer(new HeartbeatConfirmation(BACKEND_TIME));
    }
}
