package io.reactiveocpp.engine.smartcharging;

import io.reactiveocpp.codec.type.ChargingRateUnitType;
import io.reactiveocpp.codec.type.ChargingSchedule;
import io.reactiveocpp.codec.type.ChargingSchedulePeriod;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a composite as OCPP's ChargingSchedule (see {@link CompositeSchedules#toSchedule}): whole seconds from
 * {@code from}, limits rounded down (never above the composite) to 0.1 A or to the watt, {@code numberPhases} only
 * below 3, and neighbours that read the same on the wire as one period.
 */
final class ScheduleWriter {

    private final List<ChargingSchedulePeriod> periods = new ArrayList<>();
    private final Instant from;
    private final ChargingRateUnitType unit;

    ScheduleWriter(Instant from, ChargingRateUnitType unit) {
        this.from = from;
        this.unit = unit;
    }

    void add(Instant start, double limit, int phases) {
        int startPeriod = seconds(start);
        BigDecimal rounded = round(limit);
        Integer numberPhases = phases < 3 ? phases : null;
        if (!periods.isEmpty()) {
            ChargingSchedulePeriod last = periods.get(periods.size() - 1);
            if (last.limit().compareTo(rounded) == 0 && Objects.equals(last.numberPhases(), numberPhases)) {
                return;
            }
            if (last.startPeriod() == startPeriod) {
                // two changes within one second: the later one is what holds after it
                periods.remove(periods.size() - 1);
            }
        }
        periods.add(new ChargingSchedulePeriod(startPeriod, rounded, numberPhases));
    }

    ChargingSchedule schedule(Instant end) {
        return new ChargingSchedule(seconds(end), from, unit, List.copyOf(periods), null);
    }

    private int seconds(Instant at) {
        return Math.toIntExact(Math.max(0, Duration.between(from, at).getSeconds()));
    }

    private BigDecimal round(double limit) {
        // six places first so that 11039.9999999 (a product of doubles) reads 11040, then down to the unit's step
        return BigDecimal.valueOf(limit).setScale(6, RoundingMode.HALF_UP)
                .setScale(unit == ChargingRateUnitType.A ? 1 : 0, RoundingMode.FLOOR);
    }
}
