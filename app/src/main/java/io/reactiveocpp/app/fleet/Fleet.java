package io.reactiveocpp.app.fleet;

import io.micrometer.core.instrument.MeterRegistry;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.session.SessionMeters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;

/**
 * {@code --fleet N}: N independent virtual charge points in this process against one backend, for
 * load-testing a backend. Each has its own ChargePointID ({@code --id-prefix} and a number), engine, queue
 * and simulated station with one connector, and a simulated driver (see {@link VirtualChargePoint}); all
 * share Reactor Netty's event loops (one per core) and one meter registry. They are started at
 * {@code rampPerSecond} so that the backend is not hit by N handshakes at once, and the ramp slows down by itself
 * when the process falls behind: at most {@link #CONNECTS_IN_FLIGHT} first handshakes are under way at a time (a
 * member starts when a slot frees), and while an event loop lags {@link FleetLiveness#BEHIND} or more no member
 * starts. The members' link supervision does not hold the process's own stalls against the backend
 * ({@link FleetLiveness}). Progress (with the lag, the connects in flight, the backlog and the reconnects by cause)
 * is logged every ten seconds.
 */
public final class Fleet implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Fleet.class);

    /** First WebSocket handshakes under way at a time (started, not yet connected or failed). */
    public static final int CONNECTS_IN_FLIGHT = 64;

    /** How often a held ramp looks again whether the process has caught up. */
    private static final Duration HOLD_CHECK = Duration.ofMillis(100);

    private final FleetSettings settings;
    private final FleetStats stats;
    private final FleetLiveness liveness;
    private final AtomicReferenceArray<VirtualChargePoint> members;
    private final Scheduler ramp = Schedulers.newSingle("fleet-ramp");
    private final Disposable starting;
    private final Disposable progress;

    private Fleet(FleetSettings settings, Map<String, String> ocpp, String backendUrl, double timeScale,
                  MeterRegistry registry, BooleanSupplier behind) {
        this.settings = settings;
        // the sessions' totals only, no series per member (FleetStats counts the connected ones)
        registry.config().meterFilter(SessionMeters.totalsOnly());
        this.stats = new FleetStats(registry);
        this.liveness = new FleetLiveness(registry, stats::deferred);
        BooleanSupplier holding = behind == null ? liveness::behind : behind;
        this.members = new AtomicReferenceArray<>(settings.size());
        KeyCatalogue catalogue = new KeyCatalogue(1); // the key definitions are data: one copy for the fleet
        URI backend = URI.create(backendUrl); // parsed once: every member holds this one
        Duration period = Duration.ofNanos(1_000_000_000L / settings.rampPerSecond());
        stats.planned(settings.size());
        // no prefetch: the next member is waited for (period, process caught up) only once a slot is free
        starting = Flux.range(0, settings.size())
                .concatMap(i -> whenCaughtUp(holding).delaySubscription(period, ramp).thenReturn(i), 0)
                .flatMap(i -> {
                    VirtualChargePoint member = new VirtualChargePoint(i, settings, catalogue, ocpp, backend,
                            timeScale, registry, stats, liveness);
                    members.set(i, member);
                    return member.start();
                }, CONNECTS_IN_FLIGHT)
                .subscribe(null, e -> LOG.error("the fleet stopped starting charge points", e),
                        () -> LOG.info("fleet: all {} charge points started", settings.size()));
        progress = Flux.interval(Duration.ofSeconds(10), ramp).subscribe(t -> LOG.info("fleet: {} lag={} ms", stats,
                liveness.lag().toMillis()));
    }

    /** Completes at once, or once {@code behind} says the process has caught up. */
    private Mono<Void> whenCaughtUp(BooleanSupplier behind) {
        return Mono.fromSupplier(() -> behind.getAsBoolean() ? null : Boolean.TRUE)
                .repeatWhenEmpty(Integer.MAX_VALUE, checks -> checks.delayElements(HOLD_CHECK, ramp))
                .then();
    }

    /** Starts the fleet: members come up at the ramp rate from now on. */
    public static Fleet start(FleetSettings settings, Map<String, String> ocpp, String backendUrl, double timeScale,
                              MeterRegistry registry) {
        LOG.info("fleet: {} charge points {} … {} against {}, {} sessions/h each of {} kWh, ramp {}/s",
                settings.size(), settings.id(0), settings.id(settings.size() - 1), backendUrl,
                settings.sessionsPerHour(), settings.energyPerSessionWh() / 1000, settings.rampPerSecond());
        return new Fleet(settings, ocpp, backendUrl, timeScale, registry, null);
    }

    /** As {@link #start}, the ramp held while {@code behind} says so (tests). */
    static Fleet start(FleetSettings settings, Map<String, String> ocpp, String backendUrl, double timeScale,
                       MeterRegistry registry, BooleanSupplier behind) {
        return new Fleet(settings, ocpp, backendUrl, timeScale, registry, behind);
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
        return stats.report(settings.size(), liveness.lag().toMillis(), list);
    }

    /** Stops starting members and closes every link normally (at most 256 closes in flight). */
    @Override
    public void close() {
        starting.dispose();
        progress.dispose();
        Flux.range(0, settings.size()).mapNotNull(members::get)
                .flatMap(member -> member.stop().onErrorResume(e -> Mono.empty()), 256)
                .blockLast(Duration.ofSeconds(30));
        ramp.dispose();
        LOG.info("fleet stopped: {}", stats);
    }
}
