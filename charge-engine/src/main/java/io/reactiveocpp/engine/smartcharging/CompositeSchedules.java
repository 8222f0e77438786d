package io.reactiveocpp.engine.smartcharging;

import io.reactiveocpp.codec.type.ChargingRateUnitType;
import io.reactiveocpp.codec.type.ChargingSchedule;
import io.reactiveocpp.engine.metering.Supply;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The composite schedule (OCPP 1.6 edition 2 §3.13.4, §5.7, §6.21): pure functions of the installed profiles, the
 * transactions they relate to, a time window and the supply; no clock, no state.
 *
 * <h2>The rules</h2>
 * <ul>
 *   <li><b>When a profile's period applies.</b> A profile applies only in {@code [validFrom, validTo)} (either open).
 *   Its schedule starts at {@code startSchedule} (Absolute); at the start of the transaction on the connector
 *   (Relative, and Absolute without {@code startSchedule}), or at {@code from} when no transaction runs there; for
 *   Recurring at {@code startSchedule + k × 24 h} (Daily) or {@code × 7 d} (Weekly), the latest such instant not after
 *   the instant considered, {@code startSchedule} being the anchor. Period i runs from {@code start +
 *   startPeriod(i)} to the next period's start; the last one to {@code start + duration}, or without end when there is
 *   no {@code duration} (Recurring: to the next recurrence). Before the first period's start the schedule sets no
 *   limit.</li>
 *   <li><b>Which profiles are considered on connector c (c ≥ 1).</b> ChargePointMaxProfiles installed on 0 (the
 *   station layer); TxDefaultProfiles installed on c or on 0, and TxProfiles installed on c whose {@code transactionId}
 *   is absent or equals the running transaction's (the transaction layer; a TxProfile applies only while a transaction
 *   runs on c).</li>
 *   <li><b>The transaction layer at an instant</b> is the applicable period of the TxProfile with the highest stack
 *   level that has one at that instant; when no TxProfile has one, that of the TxDefaultProfile with the highest
 *   stack level that has one (a TxDefaultProfile on c beats one on 0 at the same stack level). A higher profile whose
 *   schedule has ended or not begun leaves the instant to the next lower one.</li>
 *   <li><b>The station layer at an instant</b> is the least of the applicable ChargePointMaxProfile periods.</li>
 *   <li><b>The connector's composite</b> is the lesser of the two layers where both set a limit, the one that sets a
 *   limit where only one does, and nothing where none does.</li>
 *   <li><b>The station total (connector 0)</b> is the lesser of the station layer and the sum of every connector's
 *   transaction layer; the sum sets a limit only at instants where every connector's transaction layer does.</li>
 *   <li><b>Units.</b> Limits are compared as power: A × phases × nominal voltage, where phases is the period's
 *   {@code numberPhases} (3 when absent, as the specification says) but at most the connector's wired phases. The
 *   result is given in the requested unit, converted back with the deciding period's phases.</li>
 *   <li><b>Merging.</b> Adjacent periods with the same limit, phases and deciding profile are one period.</li>
 * </ul>
 */
public final class CompositeSchedules {

    /** The two layers a connector's limit is made of. */
    public enum Layer {
        /** ChargePointMaxProfiles: the station's own limit. */
        STATION,
        /** TxProfiles and TxDefaultProfiles on the connector (and TxDefaultProfiles on 0). */
        TRANSACTION
    }

    private CompositeSchedules() {
    }

    /**
     * The limits one layer sets on connector {@code connectorId} (≥ 1) in {@code [from, to)}, in {@code unit}: sorted,
     * not overlapping, merged, without the stretches where the layer sets no limit.
     *
     * @param tx the transaction running on the connector, or {@code null}
     */
    public static List<LimitPeriod> layer(Layer layer, Collection<InstalledProfile> installed, int connectorId,
                                          TransactionStart tx, Instant from, Instant to, ChargingRateUnitType unit,
                                          Supply supply) {
        Window window = Window.of(installed, connectorId, from, to, unit, supply);
        if (layer == null) {
            throw new IllegalArgumentException("layer is required");
        }
        boolean station = layer == Layer.STATION;
        ConnectorProfiles profiles = new ConnectorProfiles(installed, connectorId, tx, window.fromMs, supply, station,
                !station);
        ProfileTimeline[] timelines = station ? profiles.station : profiles.transaction;
        Breakpoints breakpoints = new Breakpoints(window.fromMs, window.toMs);
        ConnectorProfiles.addBreakpoints(timelines, window.fromMs, window.toMs, breakpoints);
        int count = breakpoints.sorted();
        PeriodMerger merger = new PeriodMerger(from, to, unit);
        for (int i = 0; i + 1 < count; i++) {
            long at = breakpoints.at(i);
            long choice = station ? profiles.pickStation(at) : profiles.pickTransaction(at);
            emit(merger, timelines, choice, at, breakpoints.at(i + 1), unit);
        }
        return merger.periods();
    }

    /** The composite schedule of connector {@code connectorId} (≥ 1): the lesser of both layers (see above). */
    public static List<LimitPeriod> connector(Collection<InstalledProfile> installed, int connectorId,
                                              TransactionStart tx, Instant from, Instant to,
                                              ChargingRateUnitType unit, Supply supply) {
        Window window = Window.of(installed, connectorId, from, to, unit, supply);
        ConnectorProfiles profiles = new ConnectorProfiles(installed, connectorId, tx, window.fromMs, supply);
        Breakpoints breakpoints = new Breakpoints(window.fromMs, window.toMs);
        ConnectorProfiles.addBreakpoints(profiles.station, window.fromMs, window.toMs, breakpoints);
        ConnectorProfiles.addBreakpoints(profiles.transaction, window.fromMs, window.toMs, breakpoints);
        int count = breakpoints.sorted();
        PeriodMerger merger = new PeriodMerger(from, to, unit);
        for (int i = 0; i + 1 < count; i++) {
            long at = breakpoints.at(i);
            long end = breakpoints.at(i + 1);
            long station = profiles.pickStation(at);
            long transaction = profiles.pickTransaction(at);
            // the transaction layer keeps the instant unless the station layer is strictly less
            if (station != ConnectorProfiles.NONE && (transaction == ConnectorProfiles.NONE
                    || watts(profiles.station, station) < watts(profiles.transaction, transaction))) {
                emit(merger, profiles.station, station, at, end, unit);
            } else {
                emit(merger, profiles.transaction, transaction, at, end, unit);
            }
        }
        return merger.periods();
    }

    /**
     * The station total (connector 0) over {@code connectorCount} connectors: the lesser of the station layer and the
     * sum of the connectors' transaction layers.
     *
     * @param transactions the transaction running on each connector (1 to connectorCount), or {@code null}
     */
    public static List<LimitPeriod> station(Collection<InstalledProfile> installed, int connectorCount,
                                            IntFunction<TransactionStart> transactions, Instant from, Instant to,
                                            ChargingRateUnitType unit, Supply supply) {
        Window window = Window.of(installed, Math.max(1, connectorCount), from, to, unit, supply);
        if (connectorCount < 1 || transactions == null) {
            throw new IllegalArgumentException(connectorCount < 1
                    ? "connectorCount must be 1 or more, not " + connectorCount : "transactions is required");
        }
        ConnectorProfiles stationProfiles = new ConnectorProfiles(installed, 0, null, window.fromMs, supply, true,
                false);
        ConnectorProfiles[] connectors = new ConnectorProfiles[connectorCount];
        Breakpoints breakpoints = new Breakpoints(window.fromMs, window.toMs);
        ConnectorProfiles.addBreakpoints(stationProfiles.station, window.fromMs, window.toMs, breakpoints);
        for (int c = 1; c <= connectorCount; c++) {
            connectors[c - 1] = new ConnectorProfiles(installed, c, transactions.apply(c), window.fromMs, supply,
                    false, true);
            ConnectorProfiles.addBreakpoints(connectors[c - 1].transaction, window.fromMs, window.toMs, breakpoints);
        }
        int count = breakpoints.sorted();
        PeriodMerger merger = new PeriodMerger(from, to, unit);
        for (int i = 0; i + 1 < count; i++) {
            long at = breakpoints.at(i);
            long end = breakpoints.at(i + 1);
            long station = stationProfiles.pickStation(at);
            double sum = 0;
            int phases = 1;
            for (ConnectorProfiles connector : connectors) {
                long choice = connector.pickTransaction(at);
                if (choice == ConnectorProfiles.NONE) {
                    sum = Double.NaN;
                    break;
                }
                sum += watts(connector.transaction, choice);
                phases = Math.max(phases, connector.transaction[ConnectorProfiles.timeline(choice)]
                        .phases(ConnectorProfiles.period(choice)));
            }
            if (station != ConnectorProfiles.NONE
                    && (Double.isNaN(sum) || watts(stationProfiles.station, station) < sum)) {
                emit(merger, stationProfiles.station, station, at, end, unit);
            } else if (!Double.isNaN(sum)) {
                // a sum has no deciding profile; it is converted with the most phases among its terms
                double limit = unit == ChargingRateUnitType.W ? sum : sum / (phases * supply.nominalVoltageV());
                merger.add(at, end, limit, phases, null);
            }
        }
        return merger.periods();
    }

    /**
     * The OCPP form of a composite for GetCompositeSchedule: {@code startSchedule = from}, the requested unit, one
     * ChargingSchedulePeriod per period ({@code startPeriod} in seconds from {@code from}, {@code numberPhases} when
     * the limit is for fewer than 3 phases). A leading stretch without limit makes the first {@code startPeriod}
     * larger than 0; a trailing one ends the schedule early ({@code duration} up to the end of the last period); one
     * in the middle, which the period list cannot state, is a period of {@code gapLimit} (in {@code unit}: what the
     * station offers without a profile). {@code null} when {@code periods} is empty.
     */
    public static ChargingSchedule toSchedule(List<LimitPeriod> periods, Instant from, ChargingRateUnitType unit,
                                              double gapLimit) {
        if (periods == null || from == null || unit == null) {
            throw new IllegalArgumentException(periods == null ? "periods is required"
                    : from == null ? "from is required" : "unit is required");
        }
        if (!(gapLimit >= 0) || Double.isInfinite(gapLimit)) {
            throw new IllegalArgumentException("gapLimit must be a finite 0 or more, not " + gapLimit);
        }
        if (periods.isEmpty()) {
            return null;
        }
        ScheduleWriter writer = new ScheduleWriter(from, unit);
        Instant previousEnd = null;
        for (LimitPeriod period : periods) {
            if (period.unit() != unit) {
                throw new IllegalArgumentException("periods must be in " + unit.literal() + ", not " + period);
            }
            if (previousEnd != null && period.start().isAfter(previousEnd)) {
                writer.add(previousEnd, gapLimit, 3);
            }
            writer.add(period.start(), period.limit(), period.phases());
            previousEnd = period.end();
        }
        return writer.schedule(previousEnd);
    }

    private static void emit(PeriodMerger merger, ProfileTimeline[] timelines, long choice, long start, long end,
                             ChargingRateUnitType unit) {
        if (choice != ConnectorProfiles.NONE) {
            ProfileTimeline timeline = timelines[ConnectorProfiles.timeline(choice)];
            int period = ConnectorProfiles.period(choice);
            merger.add(start, end, timeline.limitIn(period, unit), timeline.phases(period), timeline.ref);
        }
    }

    private static double watts(ProfileTimeline[] timelines, long choice) {
        return timelines[ConnectorProfiles.timeline(choice)].watts(ConnectorProfiles.period(choice));
    }

    /** The checked arguments every query shares, and its window in epoch milliseconds. */
    private record Window(long fromMs, long toMs) {

        static Window of(Collection<InstalledProfile> installed, int connectorId, Instant from, Instant to,
                         ChargingRateUnitType unit, Supply supply) {
            if (installed == null || from == null || to == null || unit == null || supply == null) {
                String missing = installed == null ? "installed" : from == null ? "from" : to == null ? "to"
                        : unit == null ? "unit" : "supply";
                throw new IllegalArgumentException(missing + " is required");
            }
            if (connectorId < 1) {
                throw new IllegalArgumentException("connectorId must be 1 or more, not " + connectorId);
            }
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("to must not be before from: " + from + " to " + to);
            }
            return new Window(ProfileTimeline.millis(from), ProfileTimeline.millis(to));
        }
    }
}
