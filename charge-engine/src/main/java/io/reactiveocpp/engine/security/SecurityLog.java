package io.reactiveocpp.engine.security;

import io.reactiveocpp.engine.store.EngineStore;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The security log: every security event the engine raised, persisted in the {@link EngineStore} and bounded to
 * {@value #CAPACITY} entries. When it is full, its oldest half is dropped at once (one write burst, and one
 * SecurityLogWasCleared for the caller to raise, rather than one per entry). Written on the engine's scheduler
 * only; {@link #between} may be called from any thread (GetLog's archive is built on the io scheduler, which must not
 * wait for the engine's): it reads an immutable copy published after each change.
 */
final class SecurityLog {

    /** At most this many entries are kept. */
    static final int CAPACITY = 1000;
    private static final String NAMESPACE = "securityLog";

    /** One event as logged. */
    record Entry(long seq, Instant at, String type, String techInfo) {
        /** How GetLog's SecurityLog shows it. */
        String text() {
            return at + " SecurityEvent " + type + (techInfo == null ? "" : ": " + techInfo);
        }
    }

    private final EngineStore store;
    private final int capacity;
    private final Deque<Entry> entries = new ArrayDeque<>(1); // grows; most logs hold a few entries
    private volatile List<Entry> published = List.of();
    private long nextSeq = 1;

    SecurityLog(EngineStore store, int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity: at least 2, was " + capacity);
        }
        this.store = store;
        this.capacity = capacity;
    }

    /** Reads what the last process logged; may block (at startup). */
    void restore() {
        entries.clear();
        for (Map.Entry<String, String> stored : new TreeMap<>(store.load(NAMESPACE)).entrySet()) {
            String[] parts = stored.getValue().split("\t", 3);
            if (parts.length == 3) {
                long seq = Long.parseLong(stored.getKey());
                entries.add(new Entry(seq, Instant.parse(parts[0]), parts[1], parts[2].isEmpty() ? null : parts[2]));
                nextSeq = Math.max(nextSeq, seq + 1);
            }
        }
        published = List.copyOf(entries);
    }

    /** Logs an event; returns how many of the oldest entries were dropped to make room (0 or half the capacity). */
    int append(Instant at, String type, String techInfo) {
        int dropped = 0;
        if (entries.size() >= capacity) {
            for (; dropped < capacity / 2; dropped++) {
                store.remove(NAMESPACE, key(entries.removeFirst().seq()));
            }
        }
        Entry entry = new Entry(nextSeq++, at, flat(type), techInfo == null ? null : flat(techInfo));
        entries.addLast(entry);
        store.put(NAMESPACE, key(entry.seq()), at + "\t" + entry.type() + "\t"
                + (entry.techInfo() == null ? "" : entry.techInfo()));
        published = List.copyOf(entries); // events are rare: a copy of at most CAPACITY entries each
        return dropped;
    }

    /** The entries between {@code from} and {@code to} (inclusive, {@code null} open), oldest first; any thread. */
    List<Entry> between(Instant from, Instant to) {
        List<Entry> result = new ArrayList<>();
        for (Entry entry : published) {
            if ((from == null || !entry.at().isBefore(from)) && (to == null || !entry.at().isAfter(to))) {
                result.add(entry);
            }
        }
        return result;
    }

    private static String key(long seq) {
        return String.format("%019d", seq); // sorts as text in seq order
    }

    /** One line per entry: tabs and line ends would split it. */
    private static String flat(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
