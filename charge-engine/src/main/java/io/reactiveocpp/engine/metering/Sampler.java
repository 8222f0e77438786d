package io.reactiveocpp.engine.metering;

import io.reactiveocpp.codec.type.Location;
import io.reactiveocpp.codec.type.Measurand;
import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.type.Phase;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.codec.type.SampledValue;
import io.reactiveocpp.codec.type.UnitOfMeasure;
import io.reactiveocpp.hal.MeterReading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a meter reading into OCPP sampled values for a list of measurands (the literals of
 * {@code MeterValuesSampledData} and friends), with phase, unit, location and context. A measurand the
 * meter does not provide is left out (OCPP 1.6 section 9.1.15: the charge point reports what it can).
 */
public final class Sampler {

    private Sampler() {
    }

    /** As {@link #sample(MeterReading, List, ReadingContext, double, Supply, Instant)} on three phases at 230 V. */
    public static MeterValue sample(MeterReading reading, List<String> measurands, ReadingContext context,
                                    double offeredAmps, Instant timestamp) {
        return sample(reading, measurands, context, offeredAmps, Supply.THREE_PHASE_230, timestamp);
    }

    /**
     * One MeterValue of {@code reading} with {@code measurands}, or {@code null} when none of them is provided;
     * {@code offeredAmps} feeds Current.Offered, and with {@code supply} Power.Offered.
     */
    public static MeterValue sample(MeterReading reading, List<String> measurands, ReadingContext context,
                                    double offeredAmps, Supply supply, Instant timestamp) {
        List<SampledValue> values = new ArrayList<>(measurands.size() * 3);
        for (String literal : measurands) {
            Measurand measurand = Measurand.fromLiteral(literal);
            switch (measurand) {
                case ENERGY_ACTIVE_IMPORT_REGISTER -> add(values, reading.energyImportWh(), 0, context, measurand, null, Location.OUTLET, UnitOfMeasure.WH);
                case ENERGY_ACTIVE_EXPORT_REGISTER -> add(values, reading.energyExportWh(), 0, context, measurand, null, Location.OUTLET, UnitOfMeasure.WH);
                case POWER_ACTIVE_IMPORT -> add(values, Math.max(reading.powerW(), 0), 1, context, measurand, null, Location.OUTLET, UnitOfMeasure.W);
                case POWER_ACTIVE_EXPORT -> add(values, Math.max(-reading.powerW(), 0), 1, context, measurand, null, Location.OUTLET, UnitOfMeasure.W);
                case CURRENT_IMPORT -> phases(values, reading.currentA(), context, measurand, UnitOfMeasure.A, false);
                case VOLTAGE -> phases(values, reading.voltageV(), context, measurand, UnitOfMeasure.V, true);
                case FREQUENCY -> add(values, reading.frequencyHz(), 2, context, measurand, null, Location.OUTLET, null);
                case TEMPERATURE -> add(values, reading.temperatureC(), 1, context, measurand, null, Location.BODY, UnitOfMeasure.CELSIUS);
                case SOC -> {
                    if (reading.stateOfCharge() != null) {
                        add(values, reading.stateOfCharge(), 0, context, measurand, null, Location.EV, UnitOfMeasure.PERCENT);
                    }
                }
                case CURRENT_OFFERED -> add(values, offeredAmps, 1, context, measurand, null, Location.OUTLET, UnitOfMeasure.A);
                case POWER_OFFERED -> add(values, supply.watts(offeredAmps), 0, context, measurand, null, Location.OUTLET, UnitOfMeasure.W);
                default -> { } // not provided by the meters we support
            }
        }
        return values.isEmpty() ? null : new MeterValue(timestamp, values);
    }

    private static void phases(List<SampledValue> values, MeterReading.Phases phases, ReadingContext context,
                               Measurand measurand, UnitOfMeasure unit, boolean toNeutral) {
        add(values, phases.l1(), 2, context, measurand, toNeutral ? Phase.L1_N : Phase.L1, Location.OUTLET, unit);
        add(values, phases.l2(), 2, context, measurand, toNeutral ? Phase.L2_N : Phase.L2, Location.OUTLET, unit);
        add(values, phases.l3(), 2, context, measurand, toNeutral ? Phase.L3_N : Phase.L3, Location.OUTLET, unit);
    }

    private static final long[] POWERS = {1, 10, 100, 1000};

    /**
     * {@code value} rounded half-even to {@code decimals} places, without trailing zeros, in plain notation
     * ("1500", "229.8", "15.92"), exactly as BigDecimal would write it; BigDecimal itself only for near-ties
     * and magnitudes beyond 10^12.
     */
    static String format(double value, int decimals) {
        double x = value * POWERS[decimals];
        double fraction = x - Math.floor(x);
        if (Math.abs(value) >= 1e12 || Math.abs(fraction - 0.5) < 16 * Math.ulp(x) + 1e-9) {
            // huge, or (nearly) a tie, where the binary double and its decimal form may round apart
            return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        }
        long scaled = (long) Math.rint(x);
        int scale = decimals;
        while (scale > 0 && scaled % 10 == 0) {
            scaled /= 10;
            scale--;
        }
        if (scale == 0) {
            return Long.toString(scaled);
        }
        String digits = Long.toString(Math.abs(scaled));
        StringBuilder out = new StringBuilder(digits.length() + 3);
        if (scaled < 0) {
            out.append('-');
        }
        if (digits.length() <= scale) {
            out.append("0.");
            for (int i = digits.length(); i < scale; i++) {
                out.append('0');
            }
            return out.append(digits).toString();
        }
        return out.append(digits, 0, digits.length() - scale).append('.').append(digits, digits.length() - scale, digits.length()).toString();
    }

    private static void add(List<SampledValue> values, double value, int decimals, ReadingContext context,
                            Measurand measurand, Phase phase, Location location, UnitOfMeasure unit) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return;
        }
        String text = format(value, decimals);
        values.add(new SampledValue(text, context, null, measurand, phase, location, unit));
    }
}
