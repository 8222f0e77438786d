package io.reactiveocpp.engine.smartcharging;

import io.reactiveocpp.codec.type.ChargingRateUnitType;

import java.time.Instant;

/**
 * One stretch of a composite schedule: from {@code start} (inclusive) to {@code end} (exclusive) the limit is
 * {@code limit} in {@code unit}. A stretch without any applicable profile is not a LimitPeriod: it has no limit.
 *
 * @param limit     A per phase or W, more than or equal to 0
 * @param phases    the number of phases the limit was converted with and that the EV may use, 1 to 3
 * @param decidedBy the profile whose period sets the limit; {@code null} for a station total that is the sum of the
 *                  connectors' limits
 */
public record LimitPeriod(Instant start, Instant end, double limit, ChargingRateUnitType unit, int phases,
                          ProfileRef decidedBy) {

    public LimitPeriod {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a period must end after it starts: " + start + " to " + end);
        }
        if (!(limit >= 0)) {
            throw new IllegalArgumentException("limit must be 0 or more, not " + limit);
        }
        if (phases < 1 || phases > 3) {
            throw new IllegalArgumentException("phases must be 1 to 3, not " + phases);
        }
    }

    /** Whether {@code at} lies in this period. */
    public boolean covers(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }
}
