package io.reactiveocpp.session;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.codec.type.SampledValue;
import io.reactiveocpp.codec.type.ValueFormat;

/**
 * A message of a transaction, for the durable queue: StartTransaction, StopTransaction, or MeterValues of a
 * transaction.
 *
 * @param txRef     the charge point's own reference of the transaction. It stands in for the backend's
 *                  transactionId until StartTransaction is answered: the queue sets the transactionId of a
 *                  StopTransaction or MeterValues from it when the message is sent, also after a restart.
 * @param request   the message; its transactionId, if any, is replaced at dispatch
 * @param eichrecht the message carries calibration-law relevant readings: its attempts are
 *                  {@code EichrechtTransactionMessageAttempts}, and it is never dropped unanswered (see {@link #signed()})
 */
public record TransactionMessage(long txRef, Request<?> request, boolean eichrecht) {

    public TransactionMessage {
        if (request == null) {
            throw new IllegalArgumentException("request is required");
        }
        Action action = request.action();
        if (!LanePolicy.queueable(action)) {
            throw new IllegalArgumentException(action.wireName() + " is not a transaction message");
        }
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
