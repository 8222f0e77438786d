package io.reactiveocpp.session.queue;

import io.reactiveocpp.codec.action.Action;

/**
 * One row of the durable queue.
 *
 * @param seq       its place: FIFO order, unique over the life of the store
 * @param txRef     the charge point's transaction reference
 * @param action    StartTransaction, StopTransaction or MeterValues
 * @param payload   the request as JSON text, as the codec writes it
 * @param eichrecht counted against {@code EichrechtTransactionMessageAttempts}
 * @param attempts  failed sends so far (CALLERROR or timeout while connected)
 * @param createdAt epoch milliseconds when it was queued
 */
public record StoredMessage(long seq, long txRef, Action action, String payload, boolean eichrecht, int attempts,
                            long createdAt) {

    public StoredMessage withAttempts(int n) {
        return new StoredMessage(seq, txRef, action, payload, eichrecht, n, createdAt);
    }
}
