package io.reactiveocpp.session.queue;

import io.reactiveocpp.session.queue.OutboundQueue.Entry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.scheduler.Scheduler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What {@link OutboundQueue} keeps in memory of its queue, whatever its length: the head (at most
 * {@link #WINDOW} stored entries, a prefix of the queue in seq order), the entries still being stored, and
 * counters of the rest, which stays in the store and is paged in by seq order as the head drains. Thinning
 * candidates are counted as the store marks them ({@link QueueStore}), so room is found without a scan.
 * Confined to the session's scheduler.
 */
final class QueuedEntries {

    private static final Logger LOG = LoggerFactory.getLogger(QueuedEntries.class);

    /** Stored entries held in memory at most. */
    static final int WINDOW = 256;
    private static final int REFILL_BELOW = WINDOW / 4;

    private final ArrayDeque<Entry> head = new ArrayDeque<>(1); // grows up to WINDOW; mostly empty
    private final List<Entry> storing = new ArrayList<>();
    private final StoreWriter writer;
    private final Scheduler scheduler;
    private final Runnable onPaged;
    private int stored;
    private int candidates;
    private long lastStoredSeq;
    private boolean paging;
    // the last two stored entries, newest first: whether each is thinnable, and its transaction
    private final boolean[] tailThinnable = new boolean[2];
    private final long[] tailTx = new long[2];

    /** {@code onPaged} runs (on the scheduler) when entries were read in from the store. */
    QueuedEntries(QueueStore.Summary summary, StoreWriter writer, Scheduler scheduler, Runnable onPaged) {
        this.writer = writer;
        this.scheduler = scheduler;
        this.onPaged = onPaged;
        this.stored = summary.depth();
        this.candidates = summary.candidates();
        for (QueueStore.Queued row : summary.head()) {
            head.add(Entry.stored(row));
        }
        for (StoredMessage row : summary.tail()) {
            shiftTail(row.thinnable(), row.txRef());
            lastStoredSeq = row.seq();
        }
    }

    /** Stored and being stored. */
    int size() {
        return stored + storing.size();
    }

    boolean isEmpty() {
        return size() == 0;
    }

    /** Entries held in memory: never more than {@link #WINDOW} and those being stored. */
    int materialized() {
        return head.size() + storing.size();
    }

    /** Whether an entry is still being stored. */
    boolean storing() {
        return !storing.isEmpty();
    }

    /** The first stored entry, or {@code null} when there is none or it is being paged in. */
    Entry peek() {
        refill();
        return head.peekFirst();
    }

    /** The oldest entry's creation time, or -1 when it is not in memory. */
    long oldestCreatedAt() {
        Entry first = stored > 0 ? head.peekFirst() : storing.isEmpty() ? null : storing.get(0);
        return first == null ? -1 : first.row.createdAt();
    }

    /** A new entry, being stored. */
    void add(Entry entry) {
        storing.add(entry);
    }

    /** Its store write failed: it is not queued. */
    void notStored(Entry entry) {
        storing.remove(entry);
    }

    /** Its store write committed: it is queued (in memory only if the whole queue is). */
    void stored(Entry entry) {
        storing.remove(entry);
        entry.persisted = true;
        if (stored >= 2 && entry.thinnable && tailThinnable[0] && tailThinnable[1] && tailTx[0] == entry.row.txRef()
                && tailTx[1] == entry.row.txRef()) {
            // the store marked the entry before it as a candidate in the same write
            candidates++;
            Entry last = head.peekLast();
            if (last != null && last.row.seq() == lastStoredSeq) {
                last.candidate = true;
            }
        }
        shiftTail(entry.thinnable, entry.row.txRef());
        if (!paging && stored == head.size() && head.size() < WINDOW) {
            head.add(entry);
        }
        stored++;
        lastStoredSeq = entry.row.seq();
    }

    /** Removes the head entry (answered, dropped or dead-lettered). */
    boolean remove(Entry entry) {
        if (!head.remove(entry)) {
            return false;
        }
        stored--;
        if (entry.candidate) {
            candidates--;
        }
        return true;
    }

    /** Thinning candidates the queue may remove: any but the first two (the first may be in flight). */
    int thinnable() {
        int excluded = 0;
        if (head.size() < 2 && stored > head.size()) {
            excluded = 2; // the first two are not in memory: assume the worst
        } else {
            Iterator<Entry> first = head.iterator();
            for (int i = 0; i < 2 && first.hasNext(); i++) {
                excluded += first.next().candidate ? 1 : 0;
            }
        }
        return Math.max(0, candidates - excluded);
    }

    /**
     * Removes the first thinning candidate in queue order but the first two: one held in memory at once, else
     * the store's first after those in memory. False when there is none. {@code notFound} runs (on the
     * scheduler) if the store finds none after all (the counts were off).
     */
    boolean thinOne(Runnable notFound) {
        if (thinnable() == 0) {
            return false;
        }
        Entry candidate = thinInMemory();
        if (candidate != null) {
            writer.writeLater(store -> store.drop(candidate.row.seq()));
            return true;
        }
        long afterSeq = thinInStore();
        writer.writeAndGet(store -> store.thinOne(afterSeq)).publishOn(scheduler).subscribe(seq -> {
            thinnedInStore(seq);
            if (seq < 0) {
                LOG.warn("no MeterValues to thin was found in the store after seq {}", afterSeq);
                notFound.run();
            }
        }, e -> LOG.error("thinning the transaction message queue failed", e));
        return true;
    }

    private Entry thinInMemory() {
        Iterator<Entry> each = head.iterator();
        for (int i = 0; each.hasNext(); i++) {
            Entry entry = each.next();
            if (i >= 2 && entry.candidate) {
                each.remove();
                stored--;
                candidates--;
                return entry;
            }
        }
        return null;
    }

    /** Counts a candidate the store removes beyond the entries in memory; the seq after which it looks. */
    private long thinInStore() {
        stored--;
        candidates--;
        return head.isEmpty() ? 0 : head.peekLast().row.seq();
    }

    /** The store removed {@code seq} (or found none: -1) for {@link #thinInStore}. */
    private void thinnedInStore(long seq) {
        if (seq < 0) {
            stored++; // the count was off: the queue holds one more than it thought
            candidates = 0;
            return;
        }
        head.removeIf(entry -> entry.row.seq() == seq); // paged in meanwhile
    }

    private void page(long afterSeq, long upToSeq, int limit) {
        writer.read(store -> store.page(afterSeq, upToSeq, limit)).publishOn(scheduler).subscribe(rows -> {
            paged(rows);
            onPaged.run();
        }, e -> {
            paging = false; // the next look at the head asks again
            LOG.error("reading the transaction message queue failed", e);
        });
    }

    private void paged(List<QueueStore.Queued> rows) {
        paging = false;
        long last = head.isEmpty() ? 0 : head.peekLast().row.seq();
        for (QueueStore.Queued row : rows) {
            if (row.message().seq() > last) {
                head.add(Entry.stored(row));
            }
        }
    }

    /** Pages stored entries in when the head runs low and the store holds more. */
    private void refill() {
        if (!paging && head.size() < REFILL_BELOW && stored > head.size()) {
            paging = true;
            page(head.isEmpty() ? 0 : head.peekLast().row.seq(), lastStoredSeq, WINDOW - head.size());
        }
    }

    private void shiftTail(boolean thinnable, long txRef) {
        tailThinnable[1] = tailThinnable[0];
        tailTx[1] = tailTx[0];
        tailThinnable[0] = thinnable;
        tailTx[0] = txRef;
    }
}
