package io.reactiveocpp.engine.smartcharging;

import io.reactiveocpp.codec.type.ChargingProfile;
import io.reactiveocpp.codec.type.ChargingProfilePurposeType;
import io.reactiveocpp.engine.metering.Supply;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The profiles considered on one connector, as timelines, and the choice of each layer's period at an instant
 * (the rules of {@link CompositeSchedules}). A choice is a {@code long}: the timeline's index in its layer in the
 * high half, the period's index in the low half, {@link #NONE} when the layer sets no limit; no allocation per
 * instant.
 */
final class ConnectorProfiles {

    static final long NONE = -1;

    /** Transaction layer order: TxProfile first, higher stack level first, connector c before 0, then by id. */
    private static final Comparator<ProfileTimeline> PRIORITY = Comparator
            .comparing((ProfileTimeline p) -> p.ref.purpose() != ChargingProfilePurposeType.TX_PROFILE)
            .thenComparing(p -> -p.ref.stackLevel())
            .thenComparing(p -> p.installed.connectorId() == 0)
            .thenComparing(p -> -p.ref.chargingProfileId());

    final ProfileTimeline[] station;
    final ProfileTimeline[] transaction;

    ConnectorProfiles(Collection<InstalledProfile> installed, int connectorId, TransactionStart tx, long fromMs,
                      Supply supply) {
        this(installed, connectorId, tx, fromMs, supply, true, true);
    }

    /** Only the layers asked for (the other stays empty): a query of one layer builds no timeline of the other. */
    ConnectorProfiles(Collection<InstalledProfile> installed, int connectorId, TransactionStart tx, long fromMs,
                      Supply supply, boolean withStation, boolean withTransaction) {
        List<ProfileTimeline> stationLayer = new ArrayList<>();
        List<ProfileTimeline> transactionLayer = new ArrayList<>();
        for (InstalledProfile candidate : installed) {
            ChargingProfile profile = candidate.profile();
            int on = candidate.connectorId();
            switch (profile.chargingProfilePurpose()) {
                case CHARGE_POINT_MAX_PROFILE -> {
                    if (withStation && on == 0) {
                        stationLayer.add(new ProfileTimeline(candidate, tx, fromMs, supply));
                    }
                }
                case TX_DEFAULT_PROFILE -> {
                    if (withTransaction && (on == 0 || on == connectorId)) {
                        transactionLayer.add(new ProfileTimeline(candidate, tx, fromMs, supply));
                    }
                }
                case TX_PROFILE -> {
                    if (withTransaction && on == connectorId && tx != null && (profile.transactionId() == null
                            || profile.transactionId().equals(tx.transactionId()))) {
                        transactionLayer.add(new ProfileTimeline(candidate, tx, fromMs, supply));
                    }
                }
            }
        }
        stationLayer.sort(PRIORITY);
        transactionLayer.sort(PRIORITY);
        this.station = stationLayer.toArray(new ProfileTimeline[0]);
        this.transaction = transactionLayer.toArray(new ProfileTimeline[0]);
    }

    static void addBreakpoints(ProfileTimeline[] layer, long from, long to, Breakpoints sink) {
        long bound = 0;
        for (ProfileTimeline timeline : layer) {
            bound += timeline.breakpointBound(from, to);
        }
        sink.reserve(bound);
        for (ProfileTimeline timeline : layer) {
            timeline.addBreakpoints(from, to, sink);
        }
    }

    /** The least applicable ChargePointMaxProfile period at {@code t} (the first of equals). */
    long pickStation(long t) {
        long best = NONE;
        double bestWatts = Double.POSITIVE_INFINITY;
        for (int i = 0; i < station.length; i++) {
            int period = station[i].periodAt(t);
            if (period >= 0 && station[i].watts(period) < bestWatts) {
                bestWatts = station[i].watts(period);
                best = choice(i, period);
            }
        }
        return best;
    }

    /** The applicable period of the first profile in priority order that has one at {@code t}. */
    long pickTransaction(long t) {
        for (int i = 0; i < transaction.length; i++) {
            int period = transaction[i].periodAt(t);
            if (period >= 0) {
                return choice(i, period);
            }
        }
        return NONE;
    }

    private static long choice(int timeline, int period) {
        return ((long) timeline << 32) | period;
    }

    static int timeline(long choice) {
        return (int) (choice >>> 32);
    }

    static int period(long choice) {
        return (int) choice;
    }
}
