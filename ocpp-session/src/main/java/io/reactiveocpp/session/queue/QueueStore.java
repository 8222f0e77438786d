package io.reactiveocpp.session.queue;

import io.reactiveocpp.session.DeadLetter;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where transaction messages are kept. Implementations are not thread-safe: {@link StoreWriter} calls them
 * from its one store thread, and a group of writes becomes durable together at {@link #commit()}.
 */
public interface QueueStore extends AutoCloseable {

    /** What the store holds when it is opened. */
    record Snapshot(List<StoredMessage> messages, Map<Long, Integer> bindings, Set<Long> openTransactions,
                    long deadLetters, long nextSeq) {
    }

    /** Reads everything back, in seq order. */
    Snapshot load();

    /**
     * Adds a message. A StartTransaction opens its txRef (its StopTransaction has room reserved), a
     * StopTransaction closes it.
     */
    void append(StoredMessage message);

    /** The message was answered: removes it, and records the backend's transactionId when given. */
    void delivered(long seq, long txRef, Integer transactionId);

    /** Removes a message without delivery (thinned, or sent once without retransmission). */
    void drop(long seq);

    /** Records a failed attempt. */
    void attempted(long seq, int attempts);

    /** Moves a message to the dead-letter store. */
    void deadLetter(long seq, long failedAt, String reason);

    /** The dead letters, oldest first, at most {@code limit}. */
    List<DeadLetter> deadLetters(int limit);

    /** Makes every write since the last commit durable. */
    void commit();

    /** Discards every write since the last commit. */
    void rollback();

    @Override
    void close();
}
