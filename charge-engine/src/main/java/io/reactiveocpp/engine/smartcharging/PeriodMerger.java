package io.reactiveocpp.engine.smartcharging;

import io.reactiveocpp.codec.type.ChargingRateUnitType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the elementary stretches of a composite in time order and merges adjacent ones with the same limit,
 * phases and deciding profile into one {@link LimitPeriod}. The window's own ends keep the caller's instants (no
 * loss below the millisecond).
 */
final class PeriodMerger {

    private final List<LimitPeriod> periods = new ArrayList<>();
    private final Instant from;
    private final Instant to;
    private final long fromMs;
    private final long toMs;
    private final ChargingRateUnitType unit;
    private boolean open;
    private long start;
    private long end;
    private double limit;
    private int phases;
    private ProfileRef decidedBy;

    PeriodMerger(Instant from, Instant to, ChargingRateUnitType unit) {
        this.from = from;
        this.to = to;
        this.fromMs = ProfileTimeline.millis(from);
        this.toMs = ProfileTimeline.millis(to);
        this.unit = unit;
    }

    void add(long start, long end, double limit, int phases, ProfileRef decidedBy) {
        if (open && this.end == start && this.limit == limit && this.phases == phases
                && Objects.equals(this.decidedBy, decidedBy)) {
            this.end = end;
            return;
        }
        flush();
        this.open = true;
        this.start = start;
        this.end = end;
        this.limit = limit;
        this.phases = phases;
        this.decidedBy = decidedBy;
    }

    List<LimitPeriod> periods() {
        flush();
        return periods;
    }

    private void flush() {
        if (open) {
            periods.add(new LimitPeriod(instant(start), instant(end), limit, unit, phases, decidedBy));
            open = false;
        }
    }

    private Instant instant(long t) {
        return t == fromMs ? from : t == toMs ? to : Instant.ofEpochMilli(t);
    }
}
