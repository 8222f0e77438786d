package io.reactiveocpp.engine.smartcharging;

import io.reactiveocpp.codec.type.ChargingProfile;
import io.reactiveocpp.codec.type.ChargingProfileKindType;
import io.reactiveocpp.codec.type.ChargingRateUnitType;
import io.reactiveocpp.codec.type.ChargingSchedule;
import io.reactiveocpp.codec.type.ChargingSchedulePeriod;
import io.reactiveocpp.codec.type.RecurrencyKindType;
import io.reactiveocpp.engine.metering.Supply;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One profile laid on the time axis (epoch milliseconds) for one connector's transaction: which of its periods
 * applies at an instant (a binary search, no allocation) and where in a window that can change (the breakpoints).
 * The rules are those of {@link CompositeSchedules}.
 */
final class ProfileTimeline {

    private static final long DAY_MS = 86_400_000L;
    private static final long NO_END = Long.MAX_VALUE;

    final InstalledProfile installed;
    final ProfileRef ref;
    private final ChargingRateUnitType unit;
    private final double voltage;
    /** The schedule's start; for Recurring the anchor of the cycles. */
    private final long startMs;
    /** The recurrence, 0 when the profile does not recur. */
    private final long cycleMs;
    /** How long each run of the schedule lasts; NO_END without duration. */
    private final long durationMs;
    private final long validFromMs;
    private final long validToMs;
    private final long[] offsetMs;
    private final double[] limits;
    private final double[] watts;
    private final int[] phases;

    ProfileTimeline(InstalledProfile installed, TransactionStart tx, long fromMs, Supply supply) {
        this.installed = installed;
        this.ref = installed.ref();
        ChargingProfile profile = installed.profile();
        ChargingSchedule schedule = profile.chargingSchedule();
        this.unit = schedule.chargingRateUnit();
        this.voltage = supply.nominalVoltageV();
        long txOrFrom = tx != null ? millis(tx.start()) : fromMs;
        boolean relative = profile.chargingProfileKind() == ChargingProfileKindType.RELATIVE;
        this.startMs = relative || schedule.startSchedule() == null ? txOrFrom : millis(schedule.startSchedule());
        this.cycleMs = profile.chargingProfileKind() != ChargingProfileKindType.RECURRING ? 0
                : profile.recurrencyKind() == RecurrencyKindType.WEEKLY ? 7 * DAY_MS : DAY_MS;
        long duration = schedule.duration() == null ? NO_END : Math.max(0, schedule.duration()) * 1000L;
        this.durationMs = cycleMs > 0 ? Math.min(duration, cycleMs) : duration;
        this.validFromMs = profile.validFrom() == null ? Long.MIN_VALUE : millis(profile.validFrom());
        this.validToMs = profile.validTo() == null ? Long.MAX_VALUE : millis(profile.validTo());
        List<ChargingSchedulePeriod> periods = sorted(schedule.chargingSchedulePeriod());
        int n = periods.size();
        this.offsetMs = new long[n];
        this.limits = new double[n];
        this.watts = new double[n];
        this.phases = new int[n];
        for (int i = 0; i < n; i++) {
            ChargingSchedulePeriod period = periods.get(i);
            offsetMs[i] = period.startPeriod() * 1000L;
            // a negative limit cannot be offered: read it as 0, the safe side
            limits[i] = Math.max(0, period.limit().doubleValue());
            int asked = period.numberPhases() == null ? 3 : period.numberPhases();
            phases[i] = Math.max(1, Math.min(asked, supply.phases()));
            watts[i] = unit == ChargingRateUnitType.W ? limits[i] : limits[i] * phases[i] * voltage;
        }
    }

    /** The index of the period that applies at {@code t}, or -1 when the profile sets no limit then. */
    int periodAt(long t) {
        if (t < validFromMs || t >= validToMs) {
            return -1;
        }
        long offset = t - runStart(t);
        if (offset < 0 || offset >= durationMs) {
            return -1;
        }
        int low = 0;
        int high = offsetMs.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (offsetMs[mid] <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /** Adds every instant in {@code [from, to)} where {@link #periodAt} may change. */
    void addBreakpoints(long from, long to, Breakpoints sink) {
        sink.addWithin(validFromMs, from, to);
        sink.addWithin(validToMs, from, to);
        if (cycleMs == 0) {
            addRun(startMs, from, to, sink);
            return;
        }
        for (long run = runStart(from); run < to; run += cycleMs) {
            addRun(run, from, to, sink);
        }
    }

    /** At most how many breakpoints {@link #addBreakpoints} adds for {@code [from, to)}. */
    long breakpointBound(long from, long to) {
        long runs = cycleMs == 0 ? 1 : (to - from) / cycleMs + 2;
        return runs * (offsetMs.length + 1) + 2;
    }

    private void addRun(long run, long from, long to, Breakpoints sink) {
        for (long offset : offsetMs) {
            if (offset >= durationMs) {
                break;
            }
            sink.addWithin(run + offset, from, to);
        }
        if (durationMs != NO_END) {
            sink.addWithin(run + durationMs, from, to);
        }
    }

    /** When the run of the schedule that {@code t} falls in started (the latest recurrence not after t). */
    private long runStart(long t) {
        return cycleMs == 0 ? startMs : startMs + Math.floorDiv(t - startMs, cycleMs) * cycleMs;
    }

    double watts(int period) {
        return watts[period];
    }

    int phases(int period) {
        return phases[period];
    }

    /** The limit of a period in {@code wanted}: its own figure when the units agree, else converted by its phases. */
    double limitIn(int period, ChargingRateUnitType wanted) {
        if (wanted == unit) {
            return limits[period];
        }
        return wanted == ChargingRateUnitType.W ? watts[period] : watts[period] / (phases[period] * voltage);
    }

    /** Epoch milliseconds, saturated far beyond any date a profile can name. */
    static long millis(Instant instant) {
        long seconds = Math.max(-1L << 50, Math.min(1L << 50, instant.getEpochSecond()));
        return seconds * 1000 + instant.getNano() / 1_000_000;
    }

    private static List<ChargingSchedulePeriod> sorted(List<ChargingSchedulePeriod> periods) {
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).startPeriod() < periods.get(i - 1).startPeriod()) {
                ChargingSchedulePeriod[] copy = periods.toArray(new ChargingSchedulePeriod[0]);
                Arrays.sort(copy, Comparator.comparingInt(ChargingSchedulePeriod::startPeriod));
                return List.of(copy);
            }
        }
        return periods;
    }
}
