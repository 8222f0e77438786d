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

    /** One MeterValue of {@code reading} with {@code measurands}; {@code offeredAmps} feeds Current/Power.Offered. */
    public static MeterValue sample(MeterReading reading, List<String> measurands, ReadingContext context,
                                    double offeredAmps, Instant timestamp) {
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
                case POWER_OFFERED -> add(values, offeredAmps * 230 * 3, 0, context, measurand, null, Location.OUTLET, UnitOfMeasure.W);
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

    private static void add(List<SampledValue> values, double value, int decimals, ReadingContext context,
                            Measurand measurand, Phase phase, Location location, UnitOfMeasure unit) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return;
        }
        String text = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        values.add(new SampledValue(text, context, null, measurand, phase, location, unit));
    }
}
