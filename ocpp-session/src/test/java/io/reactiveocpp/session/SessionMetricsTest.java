package io.reactiveocpp.session;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reactiveocpp.codec.action.Action;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The totals are shared by the sessions of one registry (one table of meters per registry); the gauges are each session's. */
class SessionMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SimpleMeterRegistry otherRegistry = new SimpleMeterRegistry();

    @Test
    void sessionsOfOneRegistryAddUpAndAnotherRegistrySeesNoneOfIt() {
        SessionMetrics one = new SessionMetrics(registry, "CP-1");
        SessionMetrics two = new SessionMetrics(registry, "CP-2");
        SessionMetrics elsewhere = new SessionMetrics(otherRegistry, "CP-3");
        one.sent(Action.HEARTBEAT, "result", Duration.ofMillis(3));
        two.sent(Action.HEARTBEAT, "result", Duration.ofMillis(700));
        two.sent(Action.HEARTBEAT, "timeout", null);
        elsewhere.sent(Action.BOOT_NOTIFICATION, "error", Duration.ofMillis(1));
        elsewhere.sent(Action.HEARTBEAT, "result", Duration.ofMillis(5)); // the same meter name and tags, its own registry
        one.received(Action.RESET, "result");
        two.received(null, "NotImplemented");
        elsewhere.received(Action.RESET, "NotSupported");

        assertThat(registry.get("ocpp.calls.sent").tags("action", "Heartbeat", "outcome", "result").counter().count())
                .isEqualTo(2);
        assertThat(registry.get("ocpp.calls.sent").tags("action", "Heartbeat", "outcome", "timeout").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("ocpp.call.roundtrip").tags("action", "Heartbeat").timer().count()).isEqualTo(2);
        assertThat(registry.find("ocpp.calls.sent").tags("action", "BootNotification").counter()).isNull();
        assertThat(registry.get("ocpp.calls.received").tags("action", "Reset", "outcome", "result").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("ocpp.calls.received").tags("action", "unknown", "outcome", "NotImplemented").counter()
                .count()).isEqualTo(1);
        assertThat(registry.find("ocpp.calls.received").tags("outcome", "NotSupported").counter()).isNull();

        assertThat(otherRegistry.get("ocpp.calls.sent").tags("action", "BootNotification", "outcome", "error").counter()
                .count()).isEqualTo(1);
        assertThat(otherRegistry.get("ocpp.calls.sent").tags("action", "Heartbeat", "outcome", "result").counter()
                .count()).isEqualTo(1);
        assertThat(otherRegistry.find("ocpp.calls.sent").tags("action", "Heartbeat", "outcome", "timeout").counter())
                .isNull();
        assertThat(otherRegistry.get("ocpp.call.roundtrip").tags("action", "Heartbeat").timer().count()).isEqualTo(1);
        assertThat(otherRegistry.get("ocpp.calls.received").tags("action", "Reset", "outcome", "NotSupported").counter()
                .count()).isEqualTo(1);
    }

    @Test
    void eachSessionKeepsItsOwnGaugesAndRemovesOnlyThoseOnClose() {
        SessionMetrics one = new SessionMetrics(registry, "CP-1");
        SessionMetrics two = new SessionMetrics(registry, "CP-2");
        one.open();
        two.open();
        one.queue(new QueueState(3, 100, 0, false, Duration.ofSeconds(4), 0, 0));
        two.queue(new QueueState(5, 100, 0, false, Duration.ofSeconds(9), 1, 0));
        assertThat(depth("CP-1")).isEqualTo(3);
        assertThat(depth("CP-2")).isEqualTo(5);
        one.close();
        assertThat(registry.find("ocpp.queue.depth").tag(SessionMeters.CHARGE_POINT, "CP-1").gauge()).isNull();
        assertThat(depth("CP-2")).isEqualTo(5);
    }

    @Test
    void aRegistryThatDeniesTheGaugesKeepsNoneOfThem() {
        registry.config().meterFilter(SessionMeters.totalsOnly());
        SessionMetrics one = new SessionMetrics(registry, "CP-1");
        one.open();
        one.sent(Action.HEARTBEAT, "result", Duration.ofMillis(3));
        assertThat(registry.getMeters()).noneMatch(m -> m.getId().getTag(SessionMeters.CHARGE_POINT) != null);
        assertThat(registry.get("ocpp.calls.sent").counter().count()).isEqualTo(1);
        one.close(); // nothing to remove: no failure
    }

    private double depth(String chargePoint) {
        return registry.get("ocpp.queue.depth").tag(SessionMeters.CHARGE_POINT, chargePoint).gauge().value();
    }
}
