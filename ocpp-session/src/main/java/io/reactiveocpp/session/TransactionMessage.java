package io.reactiveocpp.session;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.codec.type.SampledValue;
import io.reactiveocpp.codec.type.ValueFormat;

/**
 * A message for the durable queue: StartTransaction, StopTransaction, or MeterValues of a transaction; or a
 * message the queue carries outside any transaction ({@link #outsideTransaction}: SecurityEventNotification,
 * delivery class {@code DURABLE}), stored, ordered, retried and dead-lettered like the others.
 *
 * @param txRef     the charge point's own reference of the transaction. It stands in for the backend's
 *                  transactionId until StartTransaction is answered: the queue sets the transactionId of a
 *                  StopTransaction or MeterValues from it when the message is sent, also after a restart.
 *                  {@link #NO_TRANSACTION} (0) for a message outside a transaction, and only for such one.
 * @param request   the message; its transactionId, if any, is replaced at dispatch
 * @param eichrecht the message carries calibration-law relevant readings: its attempts are
 *                  {@code EichrechtTransactionMessageAttempts}, and it is never dropped unanswered (see {@link #signed()})
 */
public record TransactionMessage(long txRef, Request<?> request, boolean eichrecht) {

    /** The txRef of a message outside any transaction; a transaction's txRef is never 0. */
    public static final long NO_TRANSACTION = 0;

    public TransactionMessage {
        if (request == null) {
            throw new IllegalArgumentException("request is required");
        }
        Action action = request.action();
        if (!LanePolicy.queueable(action)) {
            throw new IllegalArgumentException(action.wireName() + " is not a transaction message");
        }
        if (LanePolicy.ofTransaction(action) == (txRef == NO_TRANSACTION)) {
            throw new IllegalArgumentException("txRef " + txRef + ": " + action.wireName()
                    + (txRef == NO_TRANSACTION ? " needs the txRef of its transaction" : " belongs to no transaction"));
        }
    }

    /**
     * A message the queue delivers durably although it belongs to no transaction (delivery class DURABLE:
     * SecurityEventNotification). It has no transactionId to bind and holds no slot for a StopTransaction.
     */
    public static TransactionMessage outsideTransaction(Request<?> request) {
        return new TransactionMessage(NO_TRANSACTION, request, false);
    }

    /**
     * Whether the message carries signed (Eichrecht) readings: flagged {@code eichrecht}, or a MeterValues with a
     * {@code SignedData} sample. Such a message is retried up to {@code EichrechtTransactionMessageAttempts} times,
     * also when {@code RetransmitMeterValues} is false, and never thinned.
     */
    public boolean signed() {
        if (eichrecht) {
            return true;
        }
        if (request instanceof MeterValuesRequest meterValues) {
            for (var meterValue : meterValues.meterValue()) {
                for (SampledValue sample : meterValue.sampledValue()) {
                    if (sample.format() == ValueFormat.SIGNED_DATA) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the queue may drop this message to make room when it is full: periodic or clock-aligned
     * MeterValues without signed readings. StartTransaction, StopTransaction and signed readings never are.
     */
    public boolean thinnable() {
        if (eichrecht || !(request instanceof MeterValuesRequest)) {
            return false;
        }
        for (var meterValue : ((MeterValuesRequest) request).meterValue()) {
            for (SampledValue sample : meterValue.sampledValue()) {
                ReadingContext context = sample.context();
                if (sample.format() == ValueFormat.SIGNED_DATA
                        || context != null && context != ReadingContext.SAMPLE_PERIODIC
                        && context != ReadingContext.SAMPLE_CLOCK) {
                    return false;
                }
            }
        }
        return true;
    }
}
