package io.reactiveocpp.app.fleet;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.reactiveocpp.session.ConnectionState;
import io.reactiveocpp.session.reconnect.StallGuard;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fleet's totals, updated by its members from their event loops and published as meters:
 * {@code fleet.chargepoints{state=started|connected|booted|charging}}, {@code fleet.sessions{outcome=charged|
 * abandoned}} (abandoned: the energy did not come, e.g. the backend refused the card) and
 * {@code fleet.start.failures}; for the ramp {@code fleet.connects.in.flight} (first handshakes started, not yet
 * settled) and {@code fleet.ramp.backlog} (members waiting to start); {@code fleet.reconnects{cause}} (each retry
 * scheduled, by the {@link ConnectionState.Failure} in lower case, a link closed by a liveness verdict as
 * {@code no_pong} or {@code silent_call}) and {@code fleet.liveness.deferrals{verdict=no_pong|silent_call}} (verdicts
 * deferred because the process itself had stood still). A fixed set of series, none per member.
 */
final class FleetStats {

    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger booted = new AtomicInteger();
    private final AtomicInteger charging = new AtomicInteger();
    private final Counter charged;
    private final Counter abandoned;
    private final Counter failures;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger backlog = new AtomicInteger();
    private final Map<ConnectionState.Failure, Counter> reconnects = new EnumMap<>(ConnectionState.Failure.class);
    private final Map<StallGuard.Verdict, Counter> verdictReconnects = new EnumMap<>(StallGuard.Verdict.class);
    private final Map<StallGuard.Verdict, Counter> deferrals = new EnumMap<>(StallGuard.Verdict.class);

    FleetStats(MeterRegistry registry) {
        Gauge.builder("fleet.chargepoints", started, AtomicInteger::get).tag("state", "started").register(registry);
        Gauge.builder("fleet.chargepoints", connected, AtomicInteger::get).tag("state", "connected").register(registry);
        Gauge.builder("fleet.chargepoints", booted, AtomicInteger::get).tag("state", "booted").register(registry);
        Gauge.builder("fleet.chargepoints", charging, AtomicInteger::get).tag("state", "charging").register(registry);
        charged = registry.counter("fleet.sessions", "outcome", "charged");
        abandoned = registry.counter("fleet.sessions", "outcome", "abandoned");
        failures = registry.counter("fleet.start.failures");
        Gauge.builder("fleet.connects.in.flight", inFlight, AtomicInteger::get).register(registry);
        Gauge.builder("fleet.ramp.backlog", backlog, AtomicInteger::get).register(registry);
        for (ConnectionState.Failure failure : ConnectionState.Failure.values()) {
            reconnects.put(failure, registry.counter("fleet.reconnects", "cause", name(failure)));
        }
        for (StallGuard.Verdict verdict : StallGuard.Verdict.values()) {
            verdictReconnects.put(verdict, registry.counter("fleet.reconnects", "cause", name(verdict)));
            deferrals.put(verdict, registry.counter("fleet.liveness.deferrals", "verdict", name(verdict)));
        }
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** {@code size} members wait to start. */
    void planned(int size) {
        backlog.set(size);
    }

    /** A member's first connection attempt began ({@code true}) or settled: connected, failed or stopped. */
    void connecting(boolean began) {
        if (began) {
            backlog.decrementAndGet();
        }
        inFlight.addAndGet(began ? 1 : -1);
    }

    /** A member's link failed or dropped and a retry is scheduled: counted by its cause. */
    void reconnect(ConnectionState state) {
        StallGuard.Verdict verdict = StallGuard.Verdict.of(state.cause());
        Counter counter = verdict != null ? verdictReconnects.get(verdict)
                : reconnects.get(state.failure() == null ? ConnectionState.Failure.NETWORK : state.failure());
        counter.increment();
    }

    /** A member deferred a liveness verdict for a stall of its own. */
    void deferred(StallGuard.Verdict verdict) {
        deferrals.get(verdict).increment();
    }

    int inFlight() {
        return inFlight.get();
    }

    int backlog() {
        return backlog.get();
    }

    void started() {
        started.incrementAndGet();
    }

    void connected(boolean up) {
        connected.addAndGet(up ? 1 : -1);
    }

    void booted() {
        booted.incrementAndGet();
    }

    void charging(boolean on) {
        charging.addAndGet(on ? 1 : -1);
    }

    void sessionEnded(boolean wasCharged) {
        (wasCharged ? charged : abandoned).increment();
    }

    void failed() {
        failures.increment();
    }

    int bootedCount() {
        return booted.get();
    }

    /** The counts as a report with this lag and these slowest members. */
    FleetReport report(int size, long lagMillis, java.util.List<FleetReport.Slow> slowest) {
        return new FleetReport(size, started.get(), connected.get(), booted.get(), charging.get(),
                new FleetReport.Sessions((long) charged.count(), (long) abandoned.count()), (long) failures.count(),
                inFlight.get(), backlog.get(), lagMillis, byCause(), (long) sum(deferrals), slowest);
    }

    @Override
    public String toString() {
        return "started=" + started + " connected=" + connected + " booted=" + booted + " charging=" + charging
                + " sessions charged=" + (long) charged.count() + " abandoned=" + (long) abandoned.count()
                + " connects in flight=" + inFlight + " backlog=" + backlog
                + " reconnects=" + (long) (sum(reconnects) + sum(verdictReconnects)) + " " + byCause()
                + " deferred for own stalls=" + (long) sum(deferrals);
    }

    private static double sum(Map<?, Counter> counters) {
        return counters.values().stream().mapToDouble(Counter::count).sum();
    }

    /** The causes that occurred, as {@code {no_pong=3, network=1}}. */
    private Map<String, Long> byCause() {
        Map<String, Long> seen = new TreeMap<>();
        reconnects.forEach((failure, c) -> {
            if (c.count() > 0) {
                seen.put(name(failure), (long) c.count());
            }
        });
        verdictReconnects.forEach((verdict, c) -> {
            if (c.count() > 0) {
                seen.put(name(verdict), (long) c.count());
            }
        });
        return seen;
    }
}
