package io.reactiveocpp.app.fleet;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fleet's totals, updated by its members from their event loops and published as meters:
 * {@code fleet.chargepoints{state=started|connected|booted|charging}}, {@code fleet.sessions{outcome=charged|
 * abandoned}} (abandoned: the energy did not come, e.g. the backend refused the card) and
 * {@code fleet.start.failures}.
 */
final class FleetStats {

    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger booted = new AtomicInteger();
    private final AtomicInteger charging = new AtomicInteger();
    private final Counter charged;
    private final Counter abandoned;
    private final Counter failures;

    FleetStats(MeterRegistry registry) {
        Gauge.builder("fleet.chargepoints", started, AtomicInteger::get).tag("state", "started").register(registry);
        Gauge.builder("fleet.chargepoints", connected, AtomicInteger::get).tag("state", "connected").register(registry);
        Gauge.builder("fleet.chargepoints", booted, AtomicInteger::get).tag("state", "booted").register(registry);
        Gauge.builder("fleet.chargepoints", charging, AtomicInteger::get).tag("state", "charging").register(registry);
        charged = registry.counter("fleet.sessions", "outcome", "charged");
        abandoned = registry.counter("fleet.sessions", "outcome", "abandoned");
        failures = registry.counter("fleet.start.failures");
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

    /** The counts as a report with these slowest members. */
    FleetReport report(int size, java.util.List<FleetReport.Slow> slowest) {
        return new FleetReport(size, started.get(), connected.get(), booted.get(), charging.get(),
                new FleetReport.Sessions((long) charged.count(), (long) abandoned.count()), (long) failures.count(),
                slowest);
    }

    @Override
    public String toString() {
        return "started=" + started + " connected=" + connected + " booted=" + booted + " charging=" + charging
                + " sessions charged=" + (long) charged.count() + " abandoned=" + (long) abandoned.count();
    }
}
