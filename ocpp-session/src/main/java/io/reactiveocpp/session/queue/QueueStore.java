package io.reactiveocpp.session.queue;

import io.reactiveocpp.session.DeadLetter;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where transaction messages are kept. Implementations are not thread-safe: {@link StoreWriter} calls them
 * from its one store thread, and a group of writes becomes durable together at {@link #commit()}.
 *
 * <p>A store keeps, per queued message, whether it is a <em>thinning candidate</em>: a thinnable MeterValues
 * whose neighbours in the queue, when the message after it was appended, were thinnable MeterValues of the
 * same transaction. {@link #append} marks the message before the new one; removing a candidate or the head
 * never changes whether another message is one. So the queue can be thinned without reading it.
 */
public interface QueueStore extends AutoCloseable {

    /** Everything the store holds, read at once: for tools and tests (a queue reads {@link #summary}). */
    record Snapshot(List<StoredMessage> messages, Map<Long, Integer> bindings, Set<Long> openTransactions,
                    long deadLetters, long nextSeq) {
    }

    /** A queued message, and whether it is a thinning candidate. */
    record Queued(StoredMessage message, boolean candidate) {
    }

    /**
     * What a queue needs to open without reading every message.
     *
     * @param depth      the queued messages
     * @param candidates of which thinning candidates
     * @param head       the first queued messages in seq order, at most as many as asked for
     * @param tail       the last two queued messages, newest last (fewer when the queue is shorter)
     */
    record Summary(int depth, int candidates, List<Queued> head, List<StoredMessage> tail, Map<Long, Integer> bindings,
                   Set<Long> openTransactions, long deadLetters, long nextSeq) {
    }

    /** Reads everything back, in seq order. */
    Snapshot load();

    /** Counts the queue and reads its first {@code window} messages. */
    Summary summary(int window);

    /** Up to {@code limit} queued messages with {@code afterSeq < seq <= upToSeq}, in seq order. */
    List<Queued> page(long afterSeq, long upToSeq, int limit);

    /**
     * Removes the first thinning candidate after {@code afterSeq} that is neither the first nor the second
     * queued message; its seq, or -1 when there is none.
     */
    long thinOne(long afterSeq);

    /**
     * Adds a message. A StartTransaction opens its txRef (its StopTransaction has room reserved), a
     * StopTransaction closes it. The message before it becomes a thinning candidate when it and the one
     * before it are thinnable MeterValues of the new message's transaction, and so is the new one.
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

    /** The latest {@code limit} dead letters at most, oldest first. */
    List<DeadLetter> deadLetters(int limit);

    /** Makes every write since the last commit durable. */
    void commit();

    /** Discards every write since the last commit. */
    void rollback();

    /** Whether {@code failure} (of a write or commit) means the disk, or the store's size limit, is full. */
    default boolean isFull(RuntimeException failure) {
        return false;
    }

    /** Whether the disk reserve is in place (a store without one is never full). */
    default boolean hasReserve() {
        return true;
    }

    /**
     * A write found the disk full: gives the store's own slack back to the disk (SQLite's write-ahead log, which
     * may have grown to fill it) with the reserve lent meanwhile; true when the reserve is in place again, so
     * the disk was not full of queued messages.
     */
    default boolean compact() {
        return false;
    }

    /** Frees the disk reserve so that the writes that matter can still be stored; false when it is gone already. */
    default boolean releaseReserve() {
        return false;
    }

    /**
     * Called after each commit while the disk is full: gives back to the disk what the store can, and once the
     * queue is empty and there is room, re-creates the reserve; true when it is back.
     */
    default boolean restoreReserve() {
        return true;
    }

    @Override
    void close();
}
