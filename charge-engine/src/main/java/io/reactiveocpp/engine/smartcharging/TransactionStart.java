package io.reactiveocpp.engine.smartcharging;

import java.time.Instant;

/**
 * The transaction running on a connector, as charging profiles see it: a TxProfile with a {@code transactionId}
 * applies only to that transaction, and a Relative schedule starts when the transaction started.
 *
 * @param transactionId the backend's id, {@code null} while the StartTransaction is not answered yet (offline)
 * @param start         when the transaction started
 */
public record TransactionStart(Integer transactionId, Instant start) {

    public TransactionStart {
        if (start == null) {
            throw new IllegalArgumentException("start is required");
        }
    }
}
