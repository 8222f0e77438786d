package io.reactiveocpp.app.fleet;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.reactiveocpp.session.reconnect.StallGuard;
import io.reactiveocpp.session.transport.EventLoops;
import io.reactiveocpp.session.transport.StallProbe;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The fleet's view of its own stalls: a {@link StallProbe} on each event loop its members run on, one
 * {@link StallGuard} per loop shared by the loop's members (their link supervision does not hold the process's own
 * stalls against the backend), and the meters {@code event.loop.lag} (seconds, the latest lag of the most lagging
 * loop; Prometheus {@code event_loop_lag_seconds}) and {@code event.loop.stall} (seconds, all loops' stall time
 * added up; {@code event_loop_stall_seconds_total}). Any thread.
 */
final class FleetLiveness {

    /** Lag of the most lagging loop from which the ramp holds: the process is behind, more members would add to it. */
    static final Duration BEHIND = Duration.ofMillis(500);

    private final Consumer<StallGuard.Verdict> deferred;
    private final Map<Scheduler, StallGuard> guards = new ConcurrentHashMap<>();

    /** @param deferred told of each verdict a member deferred for a stall of its own */
    FleetLiveness(MeterRegistry registry, Consumer<StallGuard.Verdict> deferred) {
        this.deferred = deferred;
        Gauge.builder("event.loop.lag", this, l -> l.lag().toNanos() / 1e9).baseUnit("seconds")
                .description("How late the most lagging event loop ran its latest 100 ms tick").register(registry);
        FunctionCounter.builder("event.loop.stall", this, l -> l.stalledNanos() / 1e9).baseUnit("seconds")
                .description("Time the event loops could not run what was due, added up over the loops")
                .register(registry);
    }

    /** The guard of the members confined to {@code loop} (an event loop's scheduler); its probe starts now. */
    StallGuard guard(Scheduler loop) {
        return guards.computeIfAbsent(loop, l -> new StallGuard(EventLoops.probe(l)::stalledNanos, deferred));
    }

    /** The latest lag of the most lagging loop. */
    Duration lag() {
        return EventLoops.probes().stream().map(StallProbe::lastLag).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** Whether the process is behind: some loop's latest lag is {@link #BEHIND} or more. */
    boolean behind() {
        return lag().compareTo(BEHIND) >= 0;
    }

    private long stalledNanos() {
        return EventLoops.probes().stream().mapToLong(StallProbe::stalledNanos).sum();
    }
}
