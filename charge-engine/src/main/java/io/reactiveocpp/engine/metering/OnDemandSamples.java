package io.reactiveocpp.engine.metering;

import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.engine.EngineClock;

import java.time.Instant;

/**
 * The samples outside a transaction's periodic ones: TriggerMessage MeterValues (context Trigger, {@code
 * MeterValuesSampledData}) and clock-aligned data (context Sample.Clock, {@code MeterValuesAlignedData}, from
 * {@link ClockAlignedSampler}). Where they go is the {@link Destination}'s business: into a running
 * transaction, or as a plain MeterValues. Confined to the engine's scheduler.
 */
public final class OnDemandSamples {

    /** Sends a sample of a connector. */
    @FunctionalInterface
    public interface Destination {
        /** {@code what} names the kind of sample for the log. */
        void send(int connectorId, MeterValue value, String what);
    }

    private final MeterReadings readings;
    private final EngineClock clock;
    private final int connectorCount;
    private final Destination destination;

    public OnDemandSamples(MeterReadings readings, EngineClock clock, int connectorCount, Destination destination) {
        this.readings = readings;
        this.clock = clock;
        this.connectorCount = connectorCount;
        this.destination = destination;
    }

    /** TriggerMessage MeterValues of one connector; nothing when there is nothing to sample. */
    public void trigger(int connectorId) {
        MeterValue value = readings.sample(connectorId, "MeterValuesSampledData", ReadingContext.TRIGGER, clock.now());
        if (value != null) {
            destination.send(connectorId, value, "triggered");
        }
    }

    /** A clock-aligned sample of every connector, stamped {@code at} (the aligned instant). */
    public void aligned(Instant at) {
        for (int id = 1; id <= connectorCount; id++) {
            MeterValue value = readings.sample(id, "MeterValuesAlignedData", ReadingContext.SAMPLE_CLOCK, at);
            if (value != null) {
                destination.send(id, value, "aligned");
            }
        }
    }
}
