package io.reactiveocpp.session.queue;

import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.message.core.MeterValuesConfirmation;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StopTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.type.Measurand;
import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.type.Phase;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.codec.type.SampledValue;
import io.reactiveocpp.codec.type.UnitOfMeasure;
import io.reactiveocpp.codec.type.ValueFormat;
import io.reactiveocpp.session.QueueState;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.TransactionMessage;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Drives an {@link OutboundQueue} as a session would, every call on its scheduler: enqueues, and delivers the
 * head as a backend that accepts everything would answer it (StartTransaction of txRef n gets transactionId
 * 1000 + n). Each message is labelled: {@code S<txRef>}, {@code E<txRef>} (the stop), {@code M<reading>}.
 */
public final class QueueDriver {

    static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);

    final OutboundQueue queue;
    private final Scheduler scheduler;
    private final Semaphore ready = new Semaphore(0);
    private volatile QueueState state;

    QueueDriver(StoreWriter writer, Scheduler scheduler, int capacity) {
        this.scheduler = scheduler;
        SessionConfig config = SessionConfig.builder("ws://127.0.0.1:1", "CP-1").messageQueueCapacity(capacity).build();
        this.queue = OutboundQueue.open(writer, scheduler, config).block(WAIT);
        on(() -> {
            queue.onReady(ready::release);
            queue.states().subscribe(s -> state = s);
            return null;
        });
    }

    QueueState state() {
        return state;
    }

    <T> T on(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(scheduler).block(WAIT);
    }

    /** Enqueues and waits until it is stored; the failure if it is refused or not stored. */
    Throwable enqueue(TransactionMessage message) {
        try {
            Mono.defer(() -> queue.enqueue(message)).subscribeOn(scheduler).block(WAIT);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /**
     * Delivers {@code count} messages in queue order; {@code each} sees the materialized count after each.
     * Each label is passed to {@code delivered}.
     */
    void drain(int count, java.util.function.Consumer<String> delivered, IntConsumer materialized) throws InterruptedException {
        for (int n = 0; n < count; ) {
            OutboundQueue.Entry entry = on(queue::head);
            if (entry == null) {
                if (!ready.tryAcquire(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("the head did not become sendable; delivered " + n + " of " + count);
                }
                continue;
            }
            Request<?> request = entry.request();
            delivered.accept(label(request, entry));
            on(() -> {
                queue.delivered(entry, answer(request, entry));
                return null;
            });
            materialized.accept(on(queue::materialized));
            n++;
        }
    }

    static String label(Request<?> request, OutboundQueue.Entry entry) {
        if (request instanceof StartTransactionRequest) {
            return "S" + entry.message.txRef();
        }
        if (request instanceof StopTransactionRequest stop) {
            return "E" + entry.message.txRef() + "@" + stop.transactionId();
        }
        MeterValuesRequest values = (MeterValuesRequest) request;
        return "M" + values.meterValue().get(0).sampledValue().get(0).value() + "@" + values.transactionId();
    }

    private static Confirmation answer(Request<?> request, OutboundQueue.Entry entry) {
        IdTagInfo accepted = new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED);
        if (request instanceof StartTransactionRequest) {
            return new StartTransactionConfirmation(accepted, 1000 + (int) entry.message.txRef());
        }
        return request instanceof StopTransactionRequest ? new StopTransactionConfirmation(accepted)
                : new MeterValuesConfirmation();
    }

    static TransactionMessage start(long txRef) {
        return new TransactionMessage(txRef, new StartTransactionRequest((int) (txRef % 2) + 1, "TAG-" + txRef, 0, null, T0),
                false);
    }

    static TransactionMessage stop(long txRef) {
        return new TransactionMessage(txRef, new StopTransactionRequest(null, 1, T0, 0, null, null), false);
    }

    /** A realistic periodic MeterValues (five measurands, about 600 bytes of JSON) reading {@code n}. */
    static TransactionMessage periodic(long txRef, int n) {
        return new TransactionMessage(txRef, new MeterValuesRequest((int) (txRef % 2) + 1, null, List.of(new MeterValue(
                T0.plusSeconds(5L * n), List.of(
                new SampledValue(Integer.toString(n), ReadingContext.SAMPLE_PERIODIC, null,
                        Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, null, null, UnitOfMeasure.WH),
                new SampledValue("11040", ReadingContext.SAMPLE_PERIODIC, null, Measurand.POWER_ACTIVE_IMPORT,
                        null, null, UnitOfMeasure.W),
                new SampledValue("16.0", ReadingContext.SAMPLE_PERIODIC, null, Measurand.CURRENT_IMPORT,
                        Phase.L1, null, UnitOfMeasure.A),
                new SampledValue("16.0", ReadingContext.SAMPLE_PERIODIC, null, Measurand.CURRENT_IMPORT,
                        Phase.L2, null, UnitOfMeasure.A),
                new SampledValue("16.0", ReadingContext.SAMPLE_PERIODIC, null, Measurand.CURRENT_IMPORT,
                        Phase.L3, null, UnitOfMeasure.A))))), false);
    }

    /** A final signed reading (Transaction.End, signed data): never thinned. */
    static TransactionMessage signedFinal(long txRef, int n) {
        return new TransactionMessage(txRef, new MeterValuesRequest((int) (txRef % 2) + 1, null, List.of(new MeterValue(
                T0.plusSeconds(5L * n), List.of(new SampledValue(Integer.toString(n), ReadingContext.TRANSACTION_END,
                        ValueFormat.SIGNED_DATA, Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, null, null,
                        UnitOfMeasure.WH))))), true);
    }
}
