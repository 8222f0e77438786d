package io.reactiveocpp.app;

import eu.chargetime.ocpp.model.Request;
import eu.chargetime.ocpp.model.core.MeterValuesRequest;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import eu.chargetime.ocpp.model.core.StopTransactionRequest;
import io.reactiveocpp.session.testing.JavaOcaBackend;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transaction messages a {@link JavaOcaBackend} recorded, read for the end-to-end tests: in arrival order,
 * as compact tokens to compare with an expected sequence, and the checks that no sample came twice or out of
 * order.
 */
final class Received {

    private Received() {
    }

    /** StartTransaction, MeterValues and StopTransaction, in arrival order. */
    static List<Request> transactionMessages(JavaOcaBackend backend) {
        return backend.received.stream().filter(r -> r instanceof StartTransactionRequest
                || r instanceof MeterValuesRequest || r instanceof StopTransactionRequest).toList();
    }

    /** The MeterValues of one transaction, in arrival order. */
    static List<MeterValuesRequest> meterValues(JavaOcaBackend backend, int transactionId) {
        return backend.received.stream().filter(MeterValuesRequest.class::isInstance)
                .map(MeterValuesRequest.class::cast)
                .filter(m -> Integer.valueOf(transactionId).equals(m.getTransactionId())).toList();
    }

    /** Waits (10 s per message at most) until {@code count} MeterValues of the transaction have arrived. */
    static void awaitMeterValues(JavaOcaBackend backend, int transactionId, int count) throws InterruptedException {
        for (int n = 1; meterValues(backend, transactionId).size() < count; n++) {
            backend.await(MeterValuesRequest.class, n);
        }
    }

    /**
     * One token per message, space-separated: {@code Start:<connectorId>:<idTag>}, {@code MV:<transactionId>},
     * {@code Stop:<transactionId>:<reason>}.
     */
    static String tokens(List<Request> messages) {
        return messages.stream().map(r -> {
            if (r instanceof StartTransactionRequest start) {
                return "Start:" + start.getConnectorId() + ":" + start.getIdTag();
            }
            if (r instanceof MeterValuesRequest values) {
                return "MV:" + values.getTransactionId();
            }
            StopTransactionRequest stop = (StopTransactionRequest) r;
            return "Stop:" + stop.getTransactionId() + ":" + stop.getReason();
        }).collect(Collectors.joining(" "));
    }

    /** Every sample once, in the order taken: their timestamps rise strictly. */
    static void assertOnceInOrder(List<MeterValuesRequest> values) {
        assertThat(values.stream().map(Received::timestamp).toList()).as("sample times")
                .isSorted().doesNotHaveDuplicates();
    }

    /**
     * The stop comes after every sample of its transaction and reads at least the last one's register (give or
     * take the rounding: half-even in a sample, half-up in meterStop).
     */
    static void assertClosesAfterItsReadings(StopTransactionRequest stop, List<MeterValuesRequest> values) {
        MeterValuesRequest last = values.get(values.size() - 1);
        assertThat(stop.getTimestamp().toInstant()).as("stop time").isAfterOrEqualTo(timestamp(last));
        assertThat((double) stop.getMeterStop()).as("meterStop").isGreaterThanOrEqualTo(register(last) - 1);
    }

    static Instant timestamp(MeterValuesRequest values) {
        return values.getMeterValue()[0].getTimestamp().toInstant();
    }

    /** Energy.Active.Import.Register, the one measurand sampled by default. */
    static double register(MeterValuesRequest values) {
        var sample = values.getMeterValue()[0].getSampledValue()[0];
        assertThat(sample.getMeasurand()).isEqualTo("Energy.Active.Import.Register");
        return Double.parseDouble(sample.getValue());
    }
}
