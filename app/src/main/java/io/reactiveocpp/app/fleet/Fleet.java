package io.reactiveocpp.app.fleet;

import io.micrometer.core.instrument.MeterRegistry;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.session.SessionMeters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * {@code --fleet N}: N independent virtual charge points in this process against one backend, for
 * load-testing a backend. Each has its own ChargePointID ({@code --id-prefix} and a number), engine, queue
 * and simulated station with one connector, and a simulated driver (see {@link VirtualChargePoint}); all
 * share Reactor Netty's event loops (one per core) and one meter registry. They are started at
 * {@code rampPerSecond} so that the backend is not hit by N handshakes at once; progress is logged every
 * ten seconds.
 */
public final class Fleet implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Fleet.class);

    private final FleetSettings settings;
    private final FleetStats stats;
    private final AtomicReferenceArray<VirtualChargePoint> members;
    private final Scheduler ramp = Schedulers.newSingle("fleet-ramp");
    private final Disposable starting;
    private final Disposable progress;

    private Fleet(FleetSettings settings, Map<String, String> ocpp, String backendUrl, double timeScale,
                  MeterRegistry registry) {
        this.settings = settings;
        // the sessions' totals only, no series per member (FleetStats counts the connected ones)
        registry.config().meterFilter(SessionMeters.totalsOnly());
        this.stats = new FleetStats(registry);
        this.members = new AtomicReferenceArray<>(settings.size());
        KeyCatalogue catalogue = new KeyCatalogue(1); // the key definitions are data: one copy for the fleet
        long periodNanos = 1_000_000_000L / settings.rampPerSecond();
        starting = Flux.range(0, settings.size())
                .delayElements(Duration.ofNanos(periodNanos), ramp)
                .subscribe(i -> {
                    VirtualChargePoint member = new VirtualChargePoint(i, settings, catalogue, ocpp, backendUrl,
                            timeScale, registry, stats);
                    members.set(i, member);
                    member.start();
                }, e -> LOG.error("the fleet stopped starting charge points", e),
                        () -> LOG.info("fleet: all {} charge points started", settings.size()));
        progress = Flux.interval(Duration.ofSeconds(10), ramp).subscribe(t -> LOG.info("fleet: {}", stats));
    }

    /** Starts the fleet: members come up at the ramp rate from now on. */
    public static Fleet start(FleetSettings settings, Map<String, String> ocpp, String backendUrl, double timeScale,
                              MeterRegistry registry) {
        LOG.info("fleet: {} charge points {} … {} against {}, {} sessions/h each of {} kWh, ramp {}/s",
                settings.size(), settings.id(0), settings.id(settings.size() - 1), backendUrl,
                settings.sessionsPerHour(), settings.energyPerSessionWh() / 1000, settings.rampPerSecond());
        return new Fleet(settings, ocpp, backendUrl, timeScale, registry);
    }

    /** How many members had their BootNotification accepted. */
    public int booted() {
        return stats.bootedCount();
    }

    /** The started member with this ChargePointID, if it is one of this fleet's. */
    public Optional<FleetMember> member(String id) {
        if (id == null || !id.startsWith(settings.idPrefix())) {
            return Optional.empty();
        }
        String number = id.substring(settings.idPrefix().length());
        if (number.isEmpty() || number.length() > 6 || !number.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int index = Integer.parseInt(number) - 1;
        if (index < 0 || index >= settings.size() || !settings.id(index).equals(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(members.get(index));
    }

    /**
     * The counts by state and the {@code slowest} slowest members: those still waiting for an accepted boot, longest
     * first, then those whose boot took longest. One pass over the members (a few milliseconds for 50,000).
     */
    public FleetReport report(int slowest) {
        long now = System.nanoTime();
        Comparator<FleetReport.Slow> slower = Comparator.comparing(FleetReport.Slow::booted)
                .thenComparing(Comparator.comparingDouble(FleetReport.Slow::bootSeconds).reversed());
        PriorityQueue<FleetReport.Slow> top = new PriorityQueue<>(slower.reversed()); // its head: the least slow kept
        for (int i = 0; i < settings.size(); i++) {
            VirtualChargePoint member = members.get(i);
            if (member == null) {
                continue;
            }
            top.add(member.slowness(now));
            if (top.size() > slowest) {
                top.poll();
            }
        }
        List<FleetReport.Slow> list = new ArrayList<>(top);
        list.sort(slower);
        return stats.report(settings.size(), list);
    }

    /** Stops starting members and closes every link normally (at most 256 closes in flight). */
    @Override
    public void close() {
        starting.dispose();
        progress.dispose();
        Flux.range(0, settings.size()).mapNotNull(members::get)
                .flatMap(member -> member.stop().onErrorResume(e -> reactor.core.publisher.Mono.empty()), 256)
                .blockLast(Duration.ofSeconds(30));
        ramp.dispose();
        LOG.info("fleet stopped: {}", stats);
    }
}
