package io.reactiveocpp.engine.metering;

import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.engine.EngineClock;

import io.reactiveocpp.session.OcppClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;

/**
 * The samples outside a transaction's periodic ones: TriggerMessage MeterValues (context Trigger, {@code
 * MeterValuesSampledData}) and clock-aligned data (context Sample.Clock, {@code MeterValuesAlignedData}, from
 * {@link ClockAlignedSampler}): queued with the transaction running on the connector ({@link Destination}),
 * else sent as a plain MeterValues without transactionId, not retried. Confined to the engine's scheduler.
 */
public final class OnDemandSamples {

    private static final Logger LOG = LoggerFactory.getLogger(OnDemandSamples.class);

    /** Where a sample goes when a transaction runs on the connector. */
    @FunctionalInterface
    public interface Destination {
        /**
         * Queues {@code value} with the transaction running on {@code connectorId}; false when none runs.
         * {@code what} names the kind of sample for the log.
         */
        boolean intoTransaction(int connectorId, MeterValue value, String what);
    }

    private final OcppClient client;
    private final MeterReadings readings;
    private final EngineClock clock;
    private final int connectorCount;
    private final Destination destination;

    public OnDemandSamples(OcppClient client, MeterReadings readings, EngineClock clock, int connectorCount,
                           Destination destination) {
        this.client = client;
        this.readings = readings;
        this.clock = clock;
        this.connectorCount = connectorCount;
        this.destination = destination;
    }

    /** TriggerMessage MeterValues of one connector; nothing when there is nothing to sample. */
    public void trigger(int connectorId) {
        MeterValue value = readings.sample(connectorId, "MeterValuesSampledData", ReadingContext.TRIGGER, clock.now());
        if (value != null) {
            send(connectorId, value, "triggered");
        }
    }

    /** A clock-aligned sample of every connector, stamped {@code at} (the aligned instant). */
    public void aligned(Instant at) {
        for (int id = 1; id <= connectorCount; id++) {
            MeterValue value = readings.sample(id, "MeterValuesAlignedData", ReadingContext.SAMPLE_CLOCK, at);
            if (value != null) {
                send(id, value, "aligned");
            }
        }
    }

    private void send(int connectorId, MeterValue value, String what) {
        if (!destination.intoTransaction(connectorId, value, what)) {
            client.call(new MeterValuesRequest(connectorId, null, List.of(value)))
                    .subscribe(null, e -> LOG.debug("{} MeterValues not delivered: {}", what, e.getMessage()));
        }
    }
}
