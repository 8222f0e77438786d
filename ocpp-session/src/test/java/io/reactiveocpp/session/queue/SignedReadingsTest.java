package io.reactiveocpp.session.queue;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.message.core.MeterValuesConfirmation;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.codec.type.SampledValue;
import io.reactiveocpp.codec.type.ValueFormat;
import io.reactiveocpp.session.QueueState;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.TransactionMessage;
import io.reactiveocpp.session.TransactionOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed (Eichrecht) readings in the durable queue, in virtual time: never removed after a single send whatever
 * {@code RetransmitMeterValues} says, and never thinned to make room.
 */
class SignedReadingsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final StoreWriter store = StoreWriter.inline(new MemoryQueueStore());
    private final List<TransactionOutcome> outcomes = new ArrayList<>();

    @AfterEach
    void tearDown() {
        store.close();
        time.dispose();
    }

    private OutboundQueue open(SessionConfig.Builder config) {
        OutboundQueue queue = OutboundQueue.open(store, time, config.build()).block(WAIT);
        queue.outcomes().subscribe(outcomes::add);
        return queue;
    }

    private static SessionConfig.Builder config() {
        return SessionConfig.builder("ws://backend.test/ocpp", "CP-1")
                .retransmitMeterValues(false)
                .transactionMessageRetryInterval(Duration.ofSeconds(60))
                .eichrechtTransactionMessageAttempts(3);
    }

    private static MeterValuesRequest reading(int wh, ValueFormat format) {
        return new MeterValuesRequest(1, 0, List.of(new MeterValue(T0, List.of(new SampledValue(
                Integer.toString(wh), ReadingContext.SAMPLE_PERIODIC, format, null, null, null, null)))));
    }

    private static void enqueue(OutboundQueue queue, Request<?> request, boolean eichrecht) {
        queue.enqueue(new TransactionMessage(1, request, eichrecht)).block(WAIT);
    }

    /** A started transaction (transactionId 42) whose StartTransaction was delivered. */
    private static void started(OutboundQueue queue) {
        enqueue(queue, new StartTransactionRequest(1, "TAG-1", 0, null, T0), false);
        OutboundQueue.Entry start = queue.head();
        queue.delivered(start, new StartTransactionConfirmation(new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED), 42));
    }

    @Test
    void anEichrechtMeterValuesIsRetriedWhenRetransmitMeterValuesIsOff() {
        OutboundQueue queue = open(config());
        started(queue);
        outcomes.clear();
        enqueue(queue, reading(150, null), true);

        OutboundQueue.Entry first = queue.head();
        queue.failed(first, "InternalError", false);
        assertThat(queue.depth()).as("a signed reading stays after its first send failed").isEqualTo(1);
        assertThat(outcomes).as("no outcome: it is not given up").isEmpty();
        time.advanceTimeBy(Duration.ofSeconds(59));
        assertThat(queue.head()).as("retried after 1 x TransactionMessageRetryInterval, not before").isNull();
        time.advanceTimeBy(Duration.ofSeconds(1));
        OutboundQueue.Entry again = queue.head();
        assertThat(again).isNotNull();
        assertThat(again.seq()).isEqualTo(first.seq());
        assertThat(((MeterValuesRequest) again.request()).transactionId()).isEqualTo(42);

        queue.delivered(again, new MeterValuesConfirmation());
        assertThat(outcomes).singleElement().satisfies(outcome -> assertThat(outcome.delivered()).isTrue());
    }

    @Test
    void aMeterValuesWithSignedDataIsRetriedAndDeadLetteredAfterTheEichrechtAttempts() {
        OutboundQueue queue = open(config());
        started(queue);
        outcomes.clear();
        enqueue(queue, reading(150, ValueFormat.SIGNED_DATA), false); // signed, though not flagged

        for (int attempt = 1; attempt <= 3; attempt++) {
            OutboundQueue.Entry entry = queue.head();
            assertThat(entry).as("attempt " + attempt).isNotNull();
            queue.failed(entry, "InternalError", false);
            time.advanceTimeBy(Duration.ofSeconds(60L * attempt));
        }
        assertThat(queue.depth()).isZero();
        assertThat(outcomes).singleElement().satisfies(outcome ->
                assertThat(outcome.failure()).contains("3 attempts"));
        assertThat(queue.states().blockFirst(WAIT).deadLetters()).as("kept as a dead letter").isEqualTo(1);
    }

    @Test
    void anUnsignedMeterValuesIsStillSentOnceWhenRetransmitMeterValuesIsOff() {
        OutboundQueue queue = open(config());
        started(queue);
        outcomes.clear();
        enqueue(queue, reading(150, null), false);
        queue.failed(queue.head(), "InternalError", false);
        assertThat(queue.depth()).isZero();
        assertThat(outcomes).singleElement().satisfies(outcome ->
                assertThat(outcome.failure()).contains("RetransmitMeterValues=false"));
    }

    @Test
    void thinningNeverRemovesASignedReading() {
        // offline: nothing leaves; Start + 7 readings + 1 reserved Stop slot = 9 of 10
        OutboundQueue queue = open(config().messageQueueCapacity(10));
        enqueue(queue, new StartTransactionRequest(1, "TAG-1", 0, null, T0), false);
        enqueue(queue, reading(1, null), false);
        enqueue(queue, reading(2, null), true);
        enqueue(queue, reading(3, ValueFormat.SIGNED_DATA), false);
        enqueue(queue, reading(4, null), true);
        enqueue(queue, reading(5, null), false);
        enqueue(queue, reading(6, null), false);
        enqueue(queue, reading(7, null), false);
        for (int wh = 8; wh <= 30; wh++) {
            enqueue(queue, reading(wh, null), false); // each needs a thinned message, as long as one can be
        }
        QueueState state = queue.states().blockFirst(WAIT);
        assertThat(state.thinned()).isPositive();

        List<String> left = new ArrayList<>();
        OutboundQueue.Entry start = queue.head();
        queue.delivered(start, new StartTransactionConfirmation(new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED), 1));
        for (OutboundQueue.Entry entry = queue.head(); entry != null; entry = queue.head()) {
            assertThat(entry.request().action()).isEqualTo(Action.METER_VALUES);
            left.add(((MeterValuesRequest) entry.request()).meterValue().get(0).sampledValue().get(0).value());
            queue.delivered(entry, new MeterValuesConfirmation());
        }
        assertThat(left).as("every signed reading (2, 3, 4) is still there").contains("2", "3", "4");
    }
}
