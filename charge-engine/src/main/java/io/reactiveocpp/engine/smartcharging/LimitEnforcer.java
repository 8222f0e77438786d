package io.reactiveocpp.engine.smartcharging;

import io.reactiveocpp.codec.type.ChargingRateUnitType;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.hal.HardwareBridge;
import io.reactiveocpp.engine.hal.OfferInputs;
import io.reactiveocpp.engine.metering.MeterReadings;
import io.reactiveocpp.engine.metering.Supply;
import io.reactiveocpp.hal.MeterReading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Makes the installed profiles the current the pilots offer: at every period boundary (a timer on the engine's
 * scheduler), after every profile change and when a transaction starts or ends, it takes each connector's
 * transaction layer and the station layer at this instant ({@link CompositeSchedules#layer}), shares the station's
 * limit among the charging connectors ({@link StationShare}) and hands each connector's result to the
 * {@link HardwareBridge} as its profile limit (below 6 A that pauses charging: SuspendedEVSE). Confined to the engine's
 * scheduler.
 *
 * <p>A connector whose EV draws clearly less than it is offered (2 A less, by its meter) counts, for the sharing, as
 * able to use what it draws plus 2 A (at least 6 A): its unused share goes to the others, and it gets its full share
 * back at the next reading once it draws more.
 */
public final class LimitEnforcer {

    private static final Logger LOG = LoggerFactory.getLogger(LimitEnforcer.class);
    /** Beyond the next day nothing is looked at: a refresh then looks again. */
    private static final Duration HORIZON = Duration.ofHours(25);
    private static final double HEADROOM_A = 2.0;

    private final Supplier<? extends Collection<InstalledProfile>> profiles;
    private final IntFunction<TransactionStart> transactions;
    private final HardwareBridge bridge;
    private final MeterReadings readings;
    private final Scheduler scheduler;
    private final EngineClock clock;
    private final int connectorCount;
    private final LimitPeriod[] transactionLayer;
    private final ConnectorLimit[] limits;
    private LimitPeriod stationLayer;
    private Disposable timer = () -> { };

    /**
     * @param profiles     the installed profiles now
     * @param transactions the transaction running on each connector, or {@code null}
     */
    public LimitEnforcer(Supplier<? extends Collection<InstalledProfile>> profiles,
                         IntFunction<TransactionStart> transactions, HardwareBridge bridge, MeterReadings readings,
                         Scheduler scheduler, EngineClock clock) {
        this.profiles = profiles;
        this.transactions = transactions;
        this.bridge = bridge;
        this.readings = readings;
        this.scheduler = scheduler;
        this.clock = clock;
        this.connectorCount = bridge.connectorCount();
        this.transactionLayer = new LimitPeriod[connectorCount + 1];
        this.limits = new ConnectorLimit[connectorCount + 1];
        for (int id = 1; id <= connectorCount; id++) {
            limits[id] = ConnectorLimit.none(id);
        }
        readings.onReading(id -> {
            if (stationLayer != null && transactions.apply(id) != null) {
                share();
            }
        });
    }

    /** What limits each connector now (1 to the number of connectors). */
    public List<ConnectorLimit> limits() {
        List<ConnectorLimit> all = new ArrayList<>(connectorCount);
        for (int id = 1; id <= connectorCount; id++) {
            all.add(limits[id]);
        }
        return all;
    }

    /** Takes the layers at this instant again and sets a timer for the next boundary of any of them. */
    public void refresh() {
        Instant now = clock.now();
        Instant to = now.plus(HORIZON);
        Supply supply = readings.supply();
        Collection<InstalledProfile> installed = profiles.get();
        Instant next = to;
        List<LimitPeriod> station = CompositeSchedules.layer(CompositeSchedules.Layer.STATION, installed, 1, null,
                now, to, ChargingRateUnitType.A, supply);
        stationLayer = covering(station, now);
        next = earlier(next, boundary(station, now));
        for (int id = 1; id <= connectorCount; id++) {
            List<LimitPeriod> own = CompositeSchedules.layer(CompositeSchedules.Layer.TRANSACTION, installed, id,
                    transactions.apply(id), now, to, ChargingRateUnitType.A, supply);
            transactionLayer[id] = covering(own, now);
            next = earlier(next, boundary(own, now));
        }
        timer.dispose();
        if (!installed.isEmpty()) { // without a profile nothing changes until one is set (thousands in fleet mode)
            timer = scheduler.schedule(this::refresh, Math.max(1, Duration.between(now, next).toMillis()),
                    TimeUnit.MILLISECONDS);
        }
        share();
    }

    /** Stops the timer. */
    public void stop() {
        timer.dispose();
    }

    /** Shares the station layer among the charging connectors and sets every connector's profile limit. */
    private void share() {
        // asked once per connector: this runs at every meter reading while a station limit applies
        TransactionStart[] running = new TransactionStart[connectorCount + 1];
        List<Integer> charging = new ArrayList<>();
        for (int id = 1; id <= connectorCount; id++) {
            running[id] = transactions.apply(id);
            if (running[id] != null) {
                charging.add(id);
            }
        }
        charging.sort(Comparator.comparing((Integer id) -> running[id].start()).thenComparing(id -> id));
        double[] shares = null;
        if (stationLayer != null) {
            double[] caps = new double[charging.size()];
            for (int k = 0; k < caps.length; k++) {
                caps[k] = cap(charging.get(k));
            }
            shares = StationShare.allocate(stationLayer.limit(), caps);
        }
        ConnectorLimit[] decided = new ConnectorLimit[connectorCount + 1];
        for (int id = 1; id <= connectorCount; id++) {
            int k = charging.indexOf(id);
            decided[id] = decide(id, k < 0 ? null : shares, k, charging.size());
        }
        // lower offers first, so that the station never offers more than its limit in between
        for (int id = 1; id <= connectorCount; id++) {
            if (amps(decided[id]) < amps(limits[id])) {
                apply(id, decided[id]);
            }
        }
        for (int id = 1; id <= connectorCount; id++) {
            if (amps(decided[id]) >= amps(limits[id])) {
                apply(id, decided[id]);
            }
        }
    }

    private static double amps(ConnectorLimit limit) {
        return limit.limitA() == null ? Double.POSITIVE_INFINITY : limit.limitA();
    }

    private ConnectorLimit decide(int id, double[] shares, int index, int chargingCount) {
        LimitPeriod own = transactionLayer[id];
        ProfileRef ownRef = own == null ? null : own.decidedBy();
        double ownA = own == null ? Double.POSITIVE_INFINITY : own.limit();
        if (stationLayer == null) {
            return own == null ? ConnectorLimit.none(id)
                    : new ConnectorLimit(id, round(ownA), ownRef, null, "the transaction layer's profile");
        }
        ProfileRef stationRef = stationLayer.decidedBy();
        if (shares == null) { // not charging: what it would get if it started now
            double prospective = Math.min(ownA, stationLayer.limit() / (chargingCount + 1));
            return new ConnectorLimit(id, round(prospective), ownRef, stationRef,
                    "an equal share of the station limit if it started now, within its own profile");
        }
        double share = shares[index];
        String rule = share < OfferInputs.MIN_OFFER_A
                ? "paused: its share of the station limit among " + chargingCount + " would be below 6 A"
                : "its share of the station limit among " + chargingCount + " charging connectors"
                + (own == null ? "" : ", within its own profile");
        return new ConnectorLimit(id, round(share), ownRef, stationRef, rule);
    }

    /** What connector {@code id} can use at most: its own profile, the hardware and, if lower, its EV's draw. */
    private double cap(int id) {
        LimitPeriod own = transactionLayer[id];
        double cap = Math.min(own == null ? Double.POSITIVE_INFINITY : own.limit(),
                bridge.offerInputs(id).hardwareMaxA());
        MeterReading reading = readings.latest(id);
        double offered = bridge.offer(id);
        if (reading != null && offered >= OfferInputs.MIN_OFFER_A) {
            double drawn = highest(reading.currentA());
            if (drawn + HEADROOM_A < offered) {
                cap = Math.min(cap, Math.max(OfferInputs.MIN_OFFER_A, drawn + HEADROOM_A));
            }
        }
        return cap;
    }

    private void apply(int id, ConnectorLimit limit) {
        ConnectorLimit before = limits[id];
        limits[id] = limit;
        if (!limit.equals(before)) {
            LOG.debug("smart charging: {}; transaction layer {}, station layer {}", limit,
                    limit.transactionProfile() == null ? "none" : limit.transactionProfile(),
                    limit.stationProfile() == null ? "none" : limit.stationProfile());
        }
        double amps = amps(limit);
        bridge.offerInputs(id, inputs -> inputs.withProfileLimit(amps));
    }

    private static double highest(MeterReading.Phases phases) {
        double max = Double.NaN;
        for (double v : new double[] {phases.l1(), phases.l2(), phases.l3()}) {
            if (!Double.isNaN(v) && !(v <= max)) {
                max = v;
            }
        }
        return Double.isNaN(max) ? 0 : max;
    }

    private static LimitPeriod covering(List<LimitPeriod> periods, Instant at) {
        return periods.isEmpty() || !periods.get(0).covers(at) ? null : periods.get(0);
    }

    /** When the layer changes next: the end of the period covering now, or the start of the first one after now. */
    private static Instant boundary(List<LimitPeriod> periods, Instant now) {
        if (periods.isEmpty()) {
            return null;
        }
        LimitPeriod first = periods.get(0);
        return first.covers(now) ? first.end() : first.start();
    }

    private static Instant earlier(Instant a, Instant b) {
        return b == null || a.isBefore(b) ? a : b;
    }

    private static double round(double amps) {
        return Math.round(amps * 10) / 10.0;
    }
}
