package io.reactiveocpp.session.queue;

import io.reactiveocpp.session.DeadLetter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A {@link QueueStore} in memory: for simulated fleets and tests, where nothing must survive the process.
 * Not durable by design, and it keeps every message (a fleet's queues are short).
 */
public final class MemoryQueueStore implements QueueStore {

    private final TreeMap<Long, StoredMessage> messages = new TreeMap<>();
    private final TreeSet<Long> candidates = new TreeSet<>();
    private final Map<Long, Integer> bindings = new HashMap<>();
    private final Set<Long> open = new HashSet<>();
    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private long maxSeq;

    @Override
    public Snapshot load() {
        return new Snapshot(List.copyOf(messages.values()), Map.copyOf(bindings), Set.copyOf(open),
                deadLetters.size(), maxSeq + 1);
    }

    @Override
    public Summary summary(int window) {
        List<StoredMessage> tail = new ArrayList<>(messages.descendingMap().values().stream().limit(2).toList());
        java.util.Collections.reverse(tail);
        return new Summary(messages.size(), candidates.size(), page(0, Long.MAX_VALUE, window), tail,
                Map.copyOf(bindings), Set.copyOf(open), deadLetters.size(), maxSeq + 1);
    }

    @Override
    public List<Queued> page(long afterSeq, long upToSeq, int limit) {
        List<Queued> page = new ArrayList<>();
        for (StoredMessage m : messages.subMap(afterSeq, false, upToSeq, true).values()) {
            if (page.size() == limit) {
                break;
            }
            page.add(new Queued(m, candidates.contains(m.seq())));
        }
        return page;
    }

    @Override
    public long thinOne(long afterSeq) {
        if (messages.size() < 3) {
            return -1;
        }
        long second = messages.higherKey(messages.firstKey());
        Long seq = candidates.higher(Math.max(afterSeq, second));
        if (seq == null) {
            return -1;
        }
        drop(seq);
        return seq;
    }

    @Override
    public void append(StoredMessage message) {
        var last = messages.lastEntry();
        var before = last == null ? null : messages.lowerEntry(last.getKey());
        if (before != null && message.thinnable() && last.getValue().thinnable() && before.getValue().thinnable()
                && last.getValue().txRef() == message.txRef() && before.getValue().txRef() == message.txRef()) {
            candidates.add(last.getKey());
        }
        messages.put(message.seq(), message);
        maxSeq = Math.max(maxSeq, message.seq());
        switch (message.action()) {
            case START_TRANSACTION -> open.add(message.txRef());
            case STOP_TRANSACTION -> open.remove(message.txRef());
            default -> { }
        }
    }

    @Override
    public void delivered(long seq, long txRef, Integer transactionId) {
        drop(seq);
        if (transactionId != null) {
            bindings.put(txRef, transactionId);
        }
    }

    @Override
    public void drop(long seq) {
        messages.remove(seq);
        candidates.remove(seq);
    }

    @Override
    public void attempted(long seq, int attempts) {
        messages.computeIfPresent(seq, (k, m) -> m.withAttempts(attempts));
    }

    @Override
    public void deadLetter(long seq, long failedAt, String reason) {
        StoredMessage message = messages.remove(seq);
        candidates.remove(seq);
        if (message != null) {
            deadLetters.add(new DeadLetter(message.seq(), message.txRef(), message.action(), message.payload(),
                    message.eichrecht(), message.attempts(), message.createdAt(), failedAt, reason));
        }
    }

    @Override
    public List<DeadLetter> deadLetters(int limit) {
        return List.copyOf(deadLetters.subList(Math.max(0, deadLetters.size() - limit), deadLetters.size()));
    }

    @Override
    public void commit() {
    }

    /** Memory writes are applied at once; there is nothing to take back (nothing here is durable either). */
    @Override
    public void rollback() {
    }

    @Override
    public void close() {
    }
}
