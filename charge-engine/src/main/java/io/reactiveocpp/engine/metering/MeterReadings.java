package io.reactiveocpp.engine.metering;

import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.connector.Connectors;
import io.reactiveocpp.hal.MeterReading;

import java.time.Instant;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The latest reading of each connector's meter and the MeterValue samples made of it: the measurands of a
 * configuration key ({@code MeterValuesSampledData}, {@code MeterValuesAlignedData}, {@code
 * StopTxnSampledData}), the offered current from the connector's facts, the supply from {@code
 * ConnectorPhases} and {@code ConnectorNominalVoltage}. Confined to the engine's scheduler.
 */
public final class MeterReadings {

    private final Configuration config;
    private final Connectors connectors;
    private final MeterReading[] latest;
    private IntConsumer onReading = id -> { };

    public MeterReadings(Configuration config, Connectors connectors) {
        this.config = config;
        this.connectors = connectors;
        this.latest = new MeterReading[connectors.count() + 1];
    }

    /** Called with the connector id after each new reading (after the listeners added before it). */
    public void onReading(IntConsumer listener) {
        this.onReading = onReading.andThen(listener);
    }

    /** A new reading of connector {@code connectorId}'s meter. */
    public void reading(int connectorId, MeterReading reading) {
        latest[connectorId] = reading;
        onReading.accept(connectorId);
        connectors.changed(connectorId);
    }

    /** The latest reading, or {@code null} before the first. */
    public MeterReading latest(int connectorId) {
        return latest[connectorId];
    }

    /** The highest phase current of the latest reading, A, or {@code null} before the first or when none is measured. */
    public Double highestCurrentA(int connectorId) {
        MeterReading reading = latest[connectorId];
        if (reading == null) {
            return null;
        }
        double highest = Double.NaN;
        for (double phase : new double[] {reading.currentA().l1(), reading.currentA().l2(), reading.currentA().l3()}) {
            if (!Double.isNaN(phase) && (Double.isNaN(highest) || phase > highest)) {
                highest = phase;
            }
        }
        return Double.isNaN(highest) ? null : highest;
    }

    /** The energy register of the latest reading rounded to Wh, 0 before the first. */
    public long energyWh(int connectorId) {
        MeterReading reading = latest[connectorId];
        return reading == null ? 0 : Math.round(reading.energyImportWh());
    }

    /**
     * A sample of the latest reading with the measurands of {@code key}, or {@code null} when there is no
     * reading yet, the key lists none, or the meter provides none of them.
     */
    public MeterValue sample(int connectorId, String key, ReadingContext context, Instant at) {
        MeterReading reading = latest[connectorId];
        if (reading == null) {
            return null;
        }
        List<String> measurands = config.list(key);
        return measurands.isEmpty() ? null
                : Sampler.sample(reading, measurands, context, connectors.facts(connectorId).offered(), supply(), at);
    }

    /** How every connector is supplied: the keys ConnectorPhases and ConnectorNominalVoltage. */
    public Supply supply() {
        return new Supply(config.integer("ConnectorPhases"), config.integer("ConnectorNominalVoltage"));
    }
}
