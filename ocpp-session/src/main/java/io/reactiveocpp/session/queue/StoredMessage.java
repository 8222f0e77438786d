package io.reactiveocpp.session.queue;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.session.TransactionMessage;

/**
 * One row of the durable queue.
 *
 * @param seq       its place: FIFO order, unique over the life of the store
 * @param txRef     the charge point's transaction reference ({@code TransactionMessage.NO_TRANSACTION} for none)
 * @param action    StartTransaction, StopTransaction, MeterValues or SecurityEventNotification
 * @param payload   the request as JSON text, as the codec writes it
 * @param eichrecht counted against {@code EichrechtTransactionMessageAttempts}
 * @param attempts  failed sends so far (CALLERROR or timeout while connected)
 * @param createdAt epoch milliseconds when it was queued
 * @param thinnable a periodic unsigned MeterValues that may be thinned ({@link TransactionMessage#thinnable()})
 */
public record StoredMessage(long seq, long txRef, Action action, String payload, boolean eichrecht, int attempts,
                            long createdAt, boolean thinnable) {

    public StoredMessage {
        if (action == null) {
            throw new IllegalArgumentException("action is required");
        }
        if (payload == null) {
            throw new IllegalArgumentException("payload is required");
        }
    }

    /** A row whose thinnability is read from its payload (for tools and tests that write rows themselves). */
    public StoredMessage(long seq, long txRef, Action action, String payload, boolean eichrecht, int attempts,
                         long createdAt) {
        this(seq, txRef, action, payload, eichrecht, attempts, createdAt, thinnable(action, payload, eichrecht));
    }

    public StoredMessage withAttempts(int n) {
        return new StoredMessage(seq, txRef, action, payload, eichrecht, n, createdAt, thinnable);
    }

    static boolean thinnable(Action action, String payload, boolean eichrecht) {
        return action == Action.METER_VALUES && payload != null
                && new TransactionMessage(1, Payloads.read(action, payload), eichrecht).thinnable();
    }
}
