package io.reactiveocpp.session;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.noop.NoopMeter;
import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.session.rpc.InboundDispatcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The session's meters, named for Prometheus (a registry that follows its naming convention, as the service's
 * does, exposes {@code ocpp.calls.sent} as {@code ocpp_calls_sent_total}, a timer in seconds). Counters and timers
 * are shared by every session of a registry (a fleet reports totals); the gauges carry the charge point id as
 * {@code charge_point} ({@link SessionMeters}).
 *
 * <ul>
 *   <li>{@code ocpp.calls.sent{action,outcome}}: CALLs of the charge point; outcome is
 *       {@code result}, {@code error}, {@code timeout} or {@code dropped}</li>
 *   <li>{@code ocpp.calls.received{action,outcome}}: CALLs of the backend; outcome is {@code result} or the
 *       CALLERROR code</li>
 *   <li>{@code ocpp.call.roundtrip{action}}: from send to answer, with the histogram buckets of
 *       {@link #ROUND_TRIP_BUCKETS}</li>
 *   <li>{@code ocpp.connect.attempts{outcome}}: {@code connected} or the failure reason</li>
 *   <li>{@code ocpp.answers.late}: answers that came after their timeout or for no pending call</li>
 *   <li>{@code ocpp.sent.bytes}, {@code ocpp.received.bytes}: WebSocket payload bytes</li>
 *   <li>{@code ocpp.connected}: 1 while the WebSocket to the backend is open, else 0</li>
 *   <li>{@code ocpp.queue.depth}, {@code ocpp.queue.oldest.seconds}, {@code ocpp.queue.dead.letters},
 *       {@code ocpp.queue.disk.full} (1 while the queue's disk is full)</li>
 * </ul>
 */
final class SessionMetrics implements InboundDispatcher.Meters {

    /**
     * The round-trip histogram's upper bounds (plus +Inf): an answer on a local network takes milliseconds, one
     * over a mobile link hundreds, and the default call timeout is 30 s. Thirteen series per action, not the
     * seventy of Micrometer's percentile histogram.
     */
    static final Duration[] ROUND_TRIP_BUCKETS = {
            Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

    private final MeterRegistry registry;
    private final SharedMeters shared; // resolved once per registry, not per session
    private final String chargePointId;
    private final List<Meter> gauges = new ArrayList<>(0); // empty when the registry denies them
    private final Counter late;
    private final Counter bytesSent;
    private final Counter bytesReceived;
    private final AtomicLong depth = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicLong diskFull = new AtomicLong();
    private final AtomicLong connected = new AtomicLong();

    SessionMetrics(MeterRegistry registry, String chargePointId) {
        this.registry = registry;
        this.chargePointId = chargePointId;
        this.shared = SharedMeters.of(registry);
        late = registry.counter("ocpp.answers.late");
        bytesSent = Counter.builder("ocpp.sent.bytes").baseUnit("bytes").register(registry);
        bytesReceived = Counter.builder("ocpp.received.bytes").baseUnit("bytes").register(registry);
    }

    /**
     * Registers this session's gauges, replacing those of an earlier session with the same charge point id
     * in the same registry (a registry keeps the first gauge of an id, which would go on reading the old queue).
     * A registry with {@link SessionMeters#totalsOnly()} denies them.
     */
    void open() {
        gauge("ocpp.queue.depth", depth);
        gauge("ocpp.queue.oldest.seconds", oldestSeconds);
        gauge("ocpp.queue.dead.letters", deadLetters);
        gauge("ocpp.queue.disk.full", diskFull);
        gauge("ocpp.connected", connected);
    }

    private void gauge(String name, AtomicLong value) {
        Meter earlier = registry.find(name).tag(SessionMeters.CHARGE_POINT, chargePointId).meter();
        if (earlier != null) {
            registry.remove(earlier);
        }
        Gauge gauge = Gauge.builder(name, value, AtomicLong::get).tag(SessionMeters.CHARGE_POINT, chargePointId)
                .register(registry);
        if (!(gauge instanceof NoopMeter)) { // a denied gauge (totalsOnly) is not kept: a fleet member would hold five
            gauges.add(gauge);
        }
    }

    /** Removes the gauges: a stopped session's queue and link are no longer reported. */
    void close() {
        gauges.forEach(registry::remove);
        gauges.clear();
    }

    void sent(Action action, String outcome, Duration roundTrip) {
        shared.sent(registry, action, outcome).increment();
        if (roundTrip != null) {
            shared.roundTrip(registry, action).record(roundTrip);
        }
    }

    @Override
    public void received(Action action, String outcome) {
        shared.received(registry, action, outcome).increment();
    }

    /** A connection attempt ended; {@code "connected"}: the WebSocket to the backend is open from now on. */
    void connectAttempt(String outcome) {
        registry.counter("ocpp.connect.attempts", "outcome", outcome).increment();
        if (outcome.equals("connected")) {
            connected.set(1);
        }
    }

    /** The WebSocket to the backend closed. */
    void disconnected() {
        connected.set(0);
    }

    void lateAnswer() {
        late.increment();
    }

    @Override
    public void bytes(int sent, int received) {
        if (sent > 0) {
            bytesSent.increment(sent);
        }
        if (received > 0) {
            bytesReceived.increment(received);
        }
    }

    void queue(QueueState state) {
        depth.set(state.depth());
        oldestSeconds.set(state.oldestAge().toSeconds());
        deadLetters.set(state.deadLetters());
        diskFull.set(state.diskFull() ? 1 : 0);
    }
}
