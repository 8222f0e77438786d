package io.reactiveocpp.session;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.reactiveocpp.codec.action.Action;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The session's meters. Counters and timers are shared by every session of a registry (a fleet reports
 * totals); the queue gauges carry the charge point id.
 *
 * <ul>
 *   <li>{@code ocpp.calls.sent{action,outcome}}: CALLs of the charge point; outcome is
 *       {@code result}, {@code error}, {@code timeout} or {@code dropped}</li>
 *   <li>{@code ocpp.calls.received{action,outcome}}: CALLs of the backend; outcome is {@code result} or the
 *       CALLERROR code</li>
 *   <li>{@code ocpp.call.roundtrip{action}}: from send to answer</li>
 *   <li>{@code ocpp.connect.attempts{outcome}}: {@code connected} or the failure reason</li>
 *   <li>{@code ocpp.answers.late}: answers that came after their timeout or for no pending call</li>
 *   <li>{@code ocpp.bytes.sent}, {@code ocpp.bytes.received}</li>
 *   <li>{@code ocpp.queue.depth}, {@code ocpp.queue.oldest.seconds}, {@code ocpp.queue.dead.letters}</li>
 * </ul>
 */
final class SessionMetrics {

    private final MeterRegistry registry;
    private final Counter late;
    private final Counter bytesSent;
    private final Counter bytesReceived;
    private final AtomicLong depth = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();

    SessionMetrics(MeterRegistry registry, String chargePointId) {
        this.registry = registry;
        late = registry.counter("ocpp.answers.late");
        bytesSent = registry.counter("ocpp.bytes.sent");
        bytesReceived = registry.counter("ocpp.bytes.received");
        Gauge.builder("ocpp.queue.depth", depth, AtomicLong::get).tag("chargePoint", chargePointId).register(registry);
        Gauge.builder("ocpp.queue.oldest.seconds", oldestSeconds, AtomicLong::get)
                .tag("chargePoint", chargePointId).register(registry);
        Gauge.builder("ocpp.queue.dead.letters", deadLetters, AtomicLong::get)
                .tag("chargePoint", chargePointId).register(registry);
    }

    /** The outcomes of {@link #sent}, in the order of {@link #sentCounters}' second index. */
    private static final String[] SENT_OUTCOMES = {"result", "error", "timeout", "dropped"};

    /** Resolved once per action and outcome (confined to the session's scheduler, like every caller): the registry is not searched on every answered call. */
    private final Counter[][] sentCounters = new Counter[Action.values().length][SENT_OUTCOMES.length];
    private final Timer[] roundTrips = new Timer[Action.values().length];

    void sent(Action action, String outcome, Duration roundTrip) {
        int o = 0;
        while (!SENT_OUTCOMES[o].equals(outcome)) {
            o++;
        }
        Counter counter = sentCounters[action.ordinal()][o];
        if (counter == null) {
            counter = registry.counter("ocpp.calls.sent", "action", action.wireName(), "outcome", outcome);
            sentCounters[action.ordinal()][o] = counter;
        }
        counter.increment();
        if (roundTrip != null) {
            Timer timer = roundTrips[action.ordinal()];
            if (timer == null) {
                timer = Timer.builder("ocpp.call.roundtrip").tag("action", action.wireName()).register(registry);
                roundTrips[action.ordinal()] = timer;
            }
            timer.record(roundTrip);
        }
    }

    void received(Action action, String outcome) {
        registry.counter("ocpp.calls.received", "action", action == null ? "unknown" : action.wireName(),
                "outcome", outcome).increment();
    }

    void connectAttempt(String outcome) {
        registry.counter("ocpp.connect.attempts", "outcome", outcome).increment();
    }

    void lateAnswer() {
        late.increment();
    }

    void bytes(int sent, int received) {
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
    }
}
