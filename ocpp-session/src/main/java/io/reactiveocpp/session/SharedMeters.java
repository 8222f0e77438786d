package io.reactiveocpp.session;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.reactiveocpp.codec.action.Action;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The counters and timers every session of one registry shares (totals: {@code ocpp.calls.sent},
 * {@code ocpp.calls.received}, {@code ocpp.call.roundtrip}), each resolved once per registry rather than once per
 * session: the registry is not searched on every answered call, and a fleet of thousands of sessions keeps one
 * table, not one each. Safe from any thread (sessions of a fleet run on several event loops): a meter resolved
 * twice at once is the same meter, as the registry keeps one per name and tags.
 *
 * <p>Holds no reference to its registry (the registry is passed in), so a registry nobody uses any more is
 * collected with its table.
 */
final class SharedMeters {

    /** The outcomes of {@code ocpp.calls.sent}, in the order of the table's second index. */
    private static final String[] SENT_OUTCOMES = {"result", "error", "timeout", "dropped"};
    private static final int ACTIONS = Action.values().length;
    private static final int UNKNOWN_ACTION = ACTIONS;
    private static final Map<MeterRegistry, SharedMeters> BY_REGISTRY = Collections.synchronizedMap(new WeakHashMap<>());

    private final AtomicReferenceArray<Counter> sent = new AtomicReferenceArray<>(ACTIONS * SENT_OUTCOMES.length);
    private final AtomicReferenceArray<Timer> roundTrips = new AtomicReferenceArray<>(ACTIONS);
    // per action (the last slot: unknown actions), per outcome ("result" or an error code)
    private final AtomicReferenceArray<Map<String, Counter>> received = new AtomicReferenceArray<>(ACTIONS + 1);

    private SharedMeters() {
    }

    /** The table of {@code registry}'s sessions. */
    static SharedMeters of(MeterRegistry registry) {
        return BY_REGISTRY.computeIfAbsent(registry, r -> new SharedMeters());
    }

    Counter sent(MeterRegistry registry, Action action, String outcome) {
        int o = 0;
        while (!SENT_OUTCOMES[o].equals(outcome)) {
            o++;
        }
        int slot = action.ordinal() * SENT_OUTCOMES.length + o;
        Counter counter = sent.get(slot);
        if (counter == null) {
            counter = registry.counter("ocpp.calls.sent", "action", action.wireName(), "outcome", outcome);
            sent.set(slot, counter);
        }
        return counter;
    }

    Timer roundTrip(MeterRegistry registry, Action action) {
        Timer timer = roundTrips.get(action.ordinal());
        if (timer == null) {
            timer = Timer.builder("ocpp.call.roundtrip").tag("action", action.wireName())
                    .serviceLevelObjectives(SessionMetrics.ROUND_TRIP_BUCKETS).register(registry);
            roundTrips.set(action.ordinal(), timer);
        }
        return timer;
    }

    Counter received(MeterRegistry registry, Action action, String outcome) {
        int a = action == null ? UNKNOWN_ACTION : action.ordinal();
        Map<String, Counter> byOutcome = received.get(a);
        if (byOutcome == null) {
            received.compareAndSet(a, null, new ConcurrentHashMap<>(4));
            byOutcome = received.get(a);
        }
        return byOutcome.computeIfAbsent(outcome, o -> registry.counter("ocpp.calls.received",
                "action", action == null ? "unknown" : action.wireName(), "outcome", o));
    }
}
