package io.reactiveocpp.engine.transaction;

import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.type.Location;
import io.reactiveocpp.codec.type.Measurand;
import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.codec.type.SampledValue;
import io.reactiveocpp.codec.type.UnitOfMeasure;
import io.reactiveocpp.codec.type.ValueFormat;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.hal.HardwareBridge;
import io.reactiveocpp.engine.metering.MeterReadings;
import io.reactiveocpp.hal.SignedReading;
import io.reactiveocpp.session.OcppClient;
import io.reactiveocpp.session.TransactionMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One transaction on one connector, from its start to its StopTransaction: its persisted record, its meter
 * bookkeeping (the Transaction.Begin sample, the periodic samples, the last reading persisted for a PowerLoss
 * stop), its Eichrecht signatures and its {@code MaxEnergyOnInvalidId} allowance. All of it lives and dies with
 * this object, so nothing of one transaction can leak into the next on the connector; a callback that
 * arrives after {@link #close()} (a late signature) finds it closed and does nothing. Confined to the engine's
 * scheduler.
 */
final class RunningTransaction {

    private static final Logger LOG = LoggerFactory.getLogger(RunningTransaction.class);

    /** What a transaction needs from the engine. */
    record Parts(OcppClient client, MeterReadings readings, HardwareBridge hardware, Configuration config,
                 TransactionJournal journal, EngineClock clock) {
    }

    private final Parts parts;
    private final int connectorId;
    private ActiveTransaction record;
    private MeterValue begin;
    private MeterValue signedBegin;
    private boolean invalidated;
    private Disposable sampling = Disposables.disposed();
    private boolean closed;

    /** Starts the bookkeeping of {@code record}: persisted, with its Transaction.Begin sample taken now. */
    RunningTransaction(Parts parts, ActiveTransaction record) {
        this.parts = parts;
        this.connectorId = record.connectorId();
        this.record = record;
        parts.journal().persist(record);
        this.begin = parts.readings().sample(connectorId, "StopTxnSampledData", ReadingContext.TRANSACTION_BEGIN,
                parts.clock().now());
    }

    ActiveTransaction record() {
        return record;
    }

    boolean closed() {
        return closed;
    }

    /** Whether this transaction is the one the backend's {@code txRef} answer is about. */
    boolean is(long txRef) {
        return record.txRef() == txRef;
    }

    /**
     * The StopTransaction of a transaction found in the store after a restart: stopped with {@code reason} at
     * the last reading persisted, without transaction data.
     */
    static StopTransactionRequest leftRunning(ActiveTransaction tx, Reason reason) {
        return new StopTransactionRequest(null, (int) tx.lastMeterWh(), tx.lastSeen(), tx.boundId(), reason, null);
    }

    /** Queues this transaction's StartTransaction durably. */
    Mono<Void> queueStart() {
        return queue(new StartTransactionRequest(connectorId, record.idTag(), (int) record.meterStartWh(),
                record.reservationId(), record.startedAt()));
    }

    /** Queues a sample (periodic, triggered, clock-aligned) as a MeterValues of this transaction. */
    void queueSample(MeterValue value, String what) {
        queue(new MeterValuesRequest(connectorId, record.boundId(), List.of(value)))
                .subscribe(null, e -> LOG.warn("{} MeterValues of connector {} not queued: {}", what, connectorId,
                        e.getMessage()));
    }

    private Mono<Void> queue(Request<?> request) {
        return parts.client().enqueue(new TransactionMessage(record.txRef(), request, eichrecht()));
    }

    /** Takes the periodic samples with {@code timer} until the transaction closes. */
    void sampleWith(Disposable timer) {
        this.sampling = timer;
    }

    /** A periodic sample (Sample.Periodic, {@code MeterValuesSampledData}); the last reading is persisted. */
    void samplePeriodic() {
        MeterValue value = parts.readings().sample(connectorId, "MeterValuesSampledData", ReadingContext.SAMPLE_PERIODIC,
                parts.clock().now());
        if (value != null) {
            queueSample(value, "periodic");
        }
        update(record.withLastMeter(parts.readings().energyWh(connectorId), parts.clock().now()));
    }

    /** The backend answered StartTransaction with {@code transactionId}. */
    void bound(int transactionId) {
        update(record.withTransactionId(transactionId));
    }

    private void update(ActiveTransaction changed) {
        record = changed;
        parts.journal().persist(changed);
    }

    /**
     * Eichrecht: asks the meter for the signed Transaction.Begin reading, queued as its own MeterValues now and
     * kept for the StopTransaction; {@code onFailure} runs when the meter does not sign while this runs.
     */
    void signBegin(Runnable onFailure) {
        parts.hardware().signedReading(connectorId).subscribe(signed -> {
            if (closed) {
                return; // a late reading: not the begin of a later transaction
            }
            signedBegin = signedValue(signed, ReadingContext.TRANSACTION_BEGIN);
            parts.client().enqueue(new TransactionMessage(record.txRef(),
                            new MeterValuesRequest(connectorId, 0, List.of(signedBegin)), true))
                    .subscribe(null, e -> LOG.error("signed Transaction.Begin not queued: {}", e.getMessage()));
        }, error -> {
            if (!closed) {
                LOG.error("the meter of connector {} did not sign the begin reading: stopping ({})", connectorId,
                        error.getMessage());
                onFailure.run();
            }
        });
    }

    /**
     * The backend invalidated the idTag after the start and the transaction is kept ({@code
     * StopTransactionOnInvalidId} off): energy stops once {@code MaxEnergyOnInvalidId} more was delivered.
     */
    void invalidated() {
        invalidated = true;
        checkAllowance();
    }

    /** A new meter reading: enforces {@code MaxEnergyOnInvalidId} after an invalidation. */
    void checkAllowance() {
        if (invalidated && parts.readings().energyWh(connectorId) - record.meterStartWh()
                >= parts.config().integer("MaxEnergyOnInvalidId")) {
            invalidated = false;
            LOG.info("MaxEnergyOnInvalidId reached on connector {}: no more energy", connectorId);
            parts.hardware().offerInputs(connectorId, inputs -> inputs.withEnergyAllowed(false));
        }
    }

    /**
     * The StopTransaction of this transaction, with the Transaction.Begin and .End samples of {@code
     * StopTxnSampledData}, the meter and time read now; with Eichrecht it waits for the meter's signed
     * Transaction.End reading (and carries the signed begin first). Call before {@link #close()}.
     */
    Mono<StopTransactionRequest> stopRequest(Reason reason, String idTag) {
        List<MeterValue> data = new ArrayList<>();
        if (begin != null) {
            data.add(begin);
        }
        MeterValue last = parts.readings().sample(connectorId, "StopTxnSampledData", ReadingContext.TRANSACTION_END,
                parts.clock().now());
        if (last != null) {
            data.add(last);
        }
        int meterStop = (int) parts.readings().energyWh(connectorId);
        Instant at = parts.clock().now();
        ActiveTransaction tx = record;
        if (!eichrecht()) {
            return Mono.just(new StopTransactionRequest(idTag, meterStop, at, tx.boundId(), reason,
                    data.isEmpty() ? null : data));
        }
        MeterValue signedStart = signedBegin;
        return parts.hardware().signedReading(connectorId)
                .map(signed -> Optional.of(signedValue(signed, ReadingContext.TRANSACTION_END)))
                .defaultIfEmpty(Optional.empty())
                .onErrorResume(e -> {
                    LOG.error("the meter did not sign the end reading of txRef {}: {}", tx.txRef(), e.getMessage());
                    return Mono.just(Optional.empty());
                })
                .map(signedEnd -> {
                    List<MeterValue> all = new ArrayList<>();
                    if (signedStart != null) {
                        all.add(signedStart);
                    }
                    all.addAll(data);
                    signedEnd.ifPresent(all::add);
                    return new StopTransactionRequest(idTag, meterStop, at, tx.boundId(), reason,
                            all.isEmpty() ? null : all);
                });
    }

    /** Ends the bookkeeping: no more samples, and late callbacks are ignored. */
    void close() {
        closed = true;
        sampling.dispose();
    }

    private boolean eichrecht() {
        return parts.config().bool("EichrechtEnabled");
    }

    private static MeterValue signedValue(SignedReading signed, ReadingContext context) {
        return new MeterValue(signed.timestamp(), List.of(new SampledValue(signed.data(), context,
                ValueFormat.SIGNED_DATA, Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, null, Location.OUTLET, UnitOfMeasure.WH)));
    }
}
