package io.reactiveocpp.app.fleet;

import io.micrometer.core.instrument.MeterRegistry;
import io.reactiveocpp.app.Version;
import io.reactiveocpp.engine.ChargePoint;
import io.reactiveocpp.engine.StationIdentity;
import io.reactiveocpp.engine.boot.Registration;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.MemoryEngineStore;
import io.reactiveocpp.hal.MeterReading;
import io.reactiveocpp.hal.sim.EvProfile;
import io.reactiveocpp.hal.sim.SimulatedStation;
import io.reactiveocpp.hal.sim.SimulatorConfig;
import io.reactiveocpp.session.ConnectionState;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.queue.MemoryQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import io.reactiveocpp.session.transport.SessionLoop;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One member of a fleet: a whole charge point (engine, session, simulated station with one connector) and a
 * simulated driver who arrives at random (Poisson, {@code sessionsPerHour}), plugs in, presents a card,
 * charges {@code energyPerSessionWh} and leaves. Everything of it, engine and driver included, runs on one
 * Netty event loop (the one its link uses), so a fleet costs no thread per charge point; its queue and its
 * engine state are in memory (a load generator needs no durability).
 */
final class VirtualChargePoint implements FleetMember {

    /** The simulator's step: coarser than a real station's second, so that 10,000 stations tick cheaply. */
    static final Duration TICK = Duration.ofSeconds(5);

    private final String id;
    private final String idTag;
    private final FleetSettings fleet;
    private final FleetStats stats;
    private final Random random;
    private final Scheduler scheduler;
    private final SimulatedStation station;
    private final OcppSession session;
    private final ChargePoint chargePoint;
    private final AtomicBoolean connected = new AtomicBoolean();
    // System.nanoTime() at the start and at the accepted boot (0: not yet), read by GET /api/fleet from any thread
    private volatile long startedNanos;
    private volatile long bootedNanos;
    // confined to the scheduler
    private Disposable next;
    private Disposable watch;
    private boolean charging;
    private boolean stopped;

    VirtualChargePoint(int index, FleetSettings fleet, KeyCatalogue catalogue, Map<String, String> ocpp,
                       URI backend, double timeScale, MeterRegistry registry, FleetStats stats,
                       FleetLiveness liveness) {
        this.id = fleet.id(index);
        this.idTag = String.format("F%08X", index + 1);
        this.fleet = fleet;
        this.stats = stats;
        this.random = new Random(fleet.seed() * 1_000_003L + index);
        MemoryEngineStore store = new MemoryEngineStore();
        Configuration config = new Configuration(catalogue, store);
        config.set("ChargeBoxIdentity", id);
        config.set("BackendUrl", backend.toString());
        ocpp.forEach(config::set);
        // the fleet's one parsed URL (its parts are a few hundred bytes), not a copy per member
        SessionConfig sessionConfig = SessionConfig.builder(backend, id)
                .pingInterval(Duration.ofSeconds(config.integer("WebSocketPingInterval")))
                .build();
        SessionLoop loop = SessionLoop.sharedEventLoop(fleet.source(index));
        session = OcppSession.builder(sessionConfig, StoreWriter.inline(new MemoryQueueStore()), loop.scheduler())
                .transport(loop.transport()).liveness(liveness.guard(loop.scheduler()))
                .meterRegistry(registry).build();
        this.scheduler = session.scheduler(); // its link's event loop: the engine and the simulator run there too
        double energyKWh = fleet.energyPerSessionWh() / 1000;
        station = SimulatedStation.start(SimulatorConfig.builder().connectors(1).tick(TICK).timeScale(timeScale)
                .seed(random.nextLong()).stationSerial(id)
                .ev(EvProfile.DEFAULT.withCapacityKWh(Math.max(EvProfile.DEFAULT_CAPACITY_KWH, energyKWh * 2)))
                .build(), scheduler);
        chargePoint = new ChargePoint(session, station, config, store, scheduler,
                new StationIdentity("reactive-ocpp", "Virtual", id, null, Version.VERSION, null, null,
                        station.connector(1).meter().model(), station.connector(1).meter().serialNumber()));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public ChargePoint chargePoint() {
        return chargePoint;
    }

    @Override
    public OcppSession session() {
        return session;
    }

    /** How long its boot took, or has waited so far; its state (for the report's slowest members). */
    FleetReport.Slow slowness(long nowNanos) {
        long booted = bootedNanos;
        return new FleetReport.Slow(id, connected.get(), booted != 0,
                ((booted != 0 ? booted : nowNanos) - startedNanos) / 1e9);
    }

    /**
     * Starts the engine and the link; the driver's first arrival is scheduled once the boot is accepted. Completes
     * when the first connection attempt has settled (connected, failed or stopped): the ramp's slot is free.
     */
    Mono<Void> start() {
        startedNanos = System.nanoTime();
        stats.started();
        stats.connecting(true);
        Sinks.Empty<Void> settled = Sinks.empty();
        AtomicBoolean attempting = new AtomicBoolean();
        // counted where the state is published (no hop), so that the count is right once stop() completes
        session.connectionStates().subscribe(state -> {
            boolean up = state.phase() == ConnectionState.Phase.CONNECTED;
            if (connected.compareAndSet(!up, up)) {
                stats.connected(up);
            }
            if (state.phase() == ConnectionState.Phase.WAITING) {
                stats.reconnect(state);
            }
            if (state.phase() == ConnectionState.Phase.CONNECTING) {
                attempting.set(true);
            } else if (attempting.get() && settled.tryEmitEmpty().isSuccess()) {
                stats.connecting(false);
            }
        });
        chargePoint.registration().states().filter(s -> s == Registration.State.ACCEPTED).next()
                .subscribe(s -> scheduler.schedule(() -> {
                    bootedNanos = System.nanoTime();
                    stats.booted();
                    arriveLater();
                }));
        // the session first (as ChargePointRuntime does): its queue is open, on this same scheduler, before the
        // engine queues its first security event
        session.start().subscribe(null, e -> {
            stats.failed();
            if (settled.tryEmitEmpty().isSuccess()) {
                stats.connecting(false);
            }
        });
        chargePoint.start();
        return settled.asMono();
    }

    /** Closes the link normally and stops the simulator. */
    Mono<Void> stop() {
        return Mono.defer(() -> {
            scheduler.schedule(() -> {
                stopped = true;
                dispose(next, watch);
                if (charging) {
                    charging = false;
                    stats.charging(false);
                }
            });
            return session.stop();
        }).doFinally(s -> station.dispose());
    }

    private void arriveLater() {
        if (stopped || fleet.sessionsPerHour() == 0) {
            return;
        }
        double meanMillis = 3_600_000 / fleet.sessionsPerHour();
        long delay = (long) (-Math.log(1 - random.nextDouble()) * meanMillis);
        next = scheduler.schedule(this::arrive, delay, TimeUnit.MILLISECONDS);
    }

    /** The driver plugs in, presents the card after two seconds and charges until the energy is in. */
    private void arrive() {
        if (stopped) {
            return;
        }
        station.plug(1);
        next = scheduler.schedule(() -> {
            charging = true;
            stats.charging(true);
            station.presentCard(idTag, 1);
            // a session that cannot charge (the backend refuses the card, the link is down) ends after the time
            // the energy would take at 1 kW
            Duration patience = Duration.ofSeconds((long) (fleet.energyPerSessionWh() * 3.6) + 60);
            var readings = station.connector(1).meter().readings();
            watch = readings.next().map(MeterReading::energyImportWh)
                    .flatMap(start -> readings.filter(r -> r.energyImportWh() >= start + fleet.energyPerSessionWh())
                            .next())
                    .timeout(patience, scheduler)
                    .subscribe(reading -> scheduler.schedule(() -> leave(true)),
                            timeout -> scheduler.schedule(() -> leave(false)));
        }, 2, TimeUnit.SECONDS);
    }

    /** The driver stops with the same card, unplugs after two seconds and comes back some time later. */
    private void leave(boolean charged) {
        if (stopped || !charging) {
            return;
        }
        station.presentCard(idTag, 1);
        next = scheduler.schedule(() -> {
            station.unplug(1);
            charging = false;
            stats.charging(false);
            stats.sessionEnded(charged);
            arriveLater();
        }, 2, TimeUnit.SECONDS);
    }

    private static void dispose(Disposable... disposables) {
        for (Disposable d : disposables) {
            if (d != null) {
                d.dispose();
            }
        }
    }
}
