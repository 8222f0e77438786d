package io.reactiveocpp.session.queue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one thread that touches a {@link QueueStore}. Writes are applied in the order they are submitted;
 * every write waiting when the thread gets to them is applied in one transaction and committed once
 * (group commit), so one fsync makes many appends durable. JDBC never runs on an event loop or a session.
 *
 * <p><b>A full disk.</b> When a batch fails because the disk is full, the writer releases the store's disk
 * reserve and applies the batch again, and the store is <em>full</em> ({@link #diskFull()}) until, after a
 * commit, the store has its reserve back (the queue drained and there is room). Entering and leaving are
 * logged once each; writes that fail meanwhile for want of room are not logged one by one (their callers are
 * told).
 */
public final class StoreWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreWriter.class);
    /** While the disk is full, how often the store looks whether the reserve can be restored. */
    public static final Duration ROOM_RECHECK = Duration.ofSeconds(5);

    private final QueueStore store;
    private final Executor thread;
    private final ExecutorService owned;
    private final ConcurrentLinkedQueue<Op> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Sinks.Many<Boolean> diskFullStates = Sinks.many().replay().latest();
    private boolean diskFull; // store thread
    private volatile Scheduler recheckOn; // set once by recheckWhileFull
    private volatile Disposable recheck = Disposables.disposed(); // a timer only while the disk is full

    /** A writer with its own store thread of that name. */
    public StoreWriter(QueueStore store, String threadName) {
        this.store = store;
        this.owned = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        this.thread = owned;
        initialState();
    }

    private StoreWriter(QueueStore store) {
        this.store = store;
        this.owned = null;
        this.thread = Runnable::run;
        initialState();
    }

    /**
     * Whether the disk is full: the latest state, then every change, signalled on the store thread. While
     * it is, the queue stores only what a transaction that started still needs.
     */
    public Flux<Boolean> diskFull() {
        return diskFullStates.asFlux();
    }

    /**
     * A writer that runs every operation on the calling thread: for a {@link MemoryQueueStore} (a simulated
     * fleet has no I/O to move off its threads) and for tests in virtual time. Never with SQLite on an event
     * loop.
     */
    public static StoreWriter inline(QueueStore store) {
        return new StoreWriter(store);
    }

    /** Applies {@code write}; completes (on the store thread) once it is committed. */
    public Mono<Void> write(Consumer<QueueStore> write) {
        return this.<Void>writeAndGet(store -> {
            write.accept(store);
            return null;
        });
    }

    /** Applies {@code write}; its result (on the store thread) once it is committed. */
    @SuppressWarnings("unchecked")
    public <T> Mono<T> writeAndGet(Function<QueueStore, T> write) {
        return Mono.create(sink -> submit(new Op((Function<QueueStore, Object>) write, (MonoSink<Object>) (MonoSink<?>) sink)));
    }

    /** Applies {@code write} in order, without waiting; a failure is logged. */
    public void writeLater(Consumer<QueueStore> write) {
        submit(new Op(store -> {
            write.accept(store);
            return null;
        }, null));
    }

    /**
     * While the disk is full, looks again (on the store thread) whether the queue has drained and the reserve
     * can be written back: for when nothing is written because everything new is refused.
     */
    public void checkRoom() {
        submit(new Op(store -> null, null));
    }

    /**
     * While the disk is full, {@link #checkRoom()} every {@link #ROOM_RECHECK} on {@code scheduler}: the reserve's return
     * must not wait for a write that never comes (the engine refuses new transactions without trying to queue
     * them, and the restore after the last delete can fail, e.g. while the WAL cannot be truncated yet). Ends
     * with {@link #close()}. The timer exists only while the disk is full: a store that never fills (the fleet's
     * thousands of memory stores) carries nothing for it.
     */
    public void recheckWhileFull(Scheduler scheduler) {
        recheckOn = scheduler;
        thread.execute(this::watchRoom); // the store may have started full
    }

    /** On the store thread: the timer runs while the disk is full and a scheduler is given. */
    private void watchRoom() {
        Scheduler on = recheckOn;
        if (!diskFull) {
            recheck.dispose();
        } else if (on != null && recheck.isDisposed()) {
            recheck = Flux.interval(ROOM_RECHECK, ROOM_RECHECK, on).subscribe(tick -> checkRoom());
        }
    }

    /** Runs a read on the store thread, after every write submitted before it. */
    public <T> Mono<T> read(Function<QueueStore, T> read) {
        return Mono.<T>create(sink -> thread.execute(() -> {
            drain();
            try {
                sink.success(read.apply(store));
            } catch (RuntimeException e) {
                sink.error(e);
            }
        }));
    }

    private void submit(Op op) {
        pending.add(op);
        if (scheduled.compareAndSet(false, true)) {
            thread.execute(() -> {
                scheduled.set(false);
                drain();
            });
        }
    }

    private void drain() {
        List<Op> batch = new ArrayList<>();
        Op op;
        while ((op = pending.poll()) != null) {
            batch.add(op);
        }
        if (batch.isEmpty()) {
            return;
        }
        RuntimeException failure = apply(batch);
        if (failure != null && store.isFull(failure) && !diskFull && store.compact()) {
            LOG.debug("the queue's disk filled up; the store gave back what it could", failure);
            failure = apply(batch);
        }
        if (failure != null && store.isFull(failure)) {
            diskFull(true, failure.getMessage());
            store.releaseReserve();
            failure = apply(batch); // with the room the reserve held
        }
        if (failure == null) {
            complete(batch, null);
        } else {
            // something failed: nothing of the batch stays; each write is retried alone, so that one bad write
            // fails only its own caller and never rides along with a later commit
            for (Op each : batch) {
                complete(List.of(each), apply(List.of(each)));
            }
        }
        if (diskFull && store.restoreReserve()) {
            diskFull(false, null);
        }
    }

    private void initialState() {
        diskFull = !store.hasReserve();
        if (diskFull) {
            LOG.error("the queue's disk is full: its reserve could not be created; no new transaction is queued"
                    + " until the queue has drained and there is room");
        }
        diskFullStates.tryEmitNext(diskFull);
    }

    private void diskFull(boolean full, String cause) {
        if (full == diskFull) {
            return;
        }
        if (full) {
            LOG.error("the queue's disk is full ({}): its reserve is released for the StopTransactions of running"
                    + " transactions; no new transaction is queued until the queue has drained", cause);
        } else {
            LOG.info("the queue's disk has room again: its reserve is restored, new transactions are queued again");
        }
        diskFull = full;
        diskFullStates.tryEmitNext(full);
        watchRoom();
    }

    /** Applies the writes in one transaction; {@code null} when committed, else the failure (rolled back). */
    private RuntimeException apply(List<Op> ops) {
        try {
            for (Op op : ops) {
                op.result = op.write.apply(store);
            }
            store.commit();
            return null;
        } catch (RuntimeException e) {
            try {
                store.rollback();
            } catch (RuntimeException rollback) {
                e.addSuppressed(rollback);
            }
            return e;
        }
    }

    private void complete(List<Op> ops, RuntimeException failure) {
        for (Op op : ops) {
            if (op.sink == null) {
                if (failure != null && diskFull && store.isFull(failure)) {
                    LOG.debug("queue store write failed: the disk is full", failure); // reported once, as a state
                } else if (failure != null) {
                    LOG.error("queue store write failed", failure);
                }
            } else if (failure != null) {
                op.sink.error(failure);
            } else {
                op.sink.success(op.result);
            }
        }
    }

    /** Finishes pending writes and closes the store. */
    @Override
    public void close() {
        recheck.dispose();
        thread.execute(() -> {
            drain();
            store.close();
        });
        if (owned == null) {
            return;
        }
        owned.shutdown();
        try {
            if (!owned.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("queue store did not close within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Op {
        final Function<QueueStore, Object> write;
        final MonoSink<Object> sink;
        Object result;

        Op(Function<QueueStore, Object> write, MonoSink<Object> sink) {
            this.write = write;
            this.sink = sink;
        }
    }
}
