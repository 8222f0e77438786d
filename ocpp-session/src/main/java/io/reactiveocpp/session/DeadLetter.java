package io.reactiveocpp.session;

import io.reactiveocpp.codec.action.Action;

/**
 * A transaction message whose attempts were exhausted, kept for the operator and for diagnostics. Plain values, so
 * that a reader of {@link OcppClient#deadLetters} needs nothing from the queue's internals.
 *
 * @param seq       its place in the queue
 * @param txRef     the charge point's reference of its transaction
 * @param action    StartTransaction, StopTransaction or MeterValues
 * @param payload   the request as OCPP-J JSON
 * @param eichrecht counted against {@code EichrechtTransactionMessageAttempts}
 * @param attempts  how often it was sent
 * @param createdAt epoch milliseconds when it was queued
 * @param failedAt  epoch milliseconds of the last attempt
 * @param reason    the last failure
 */
public record DeadLetter(long seq, long txRef, Action action, String payload, boolean eichrecht, int attempts,
                         long createdAt, long failedAt, String reason) {
}
