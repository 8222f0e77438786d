package io.reactiveocpp.session.queue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

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
 */
public final class StoreWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreWriter.class);

    private final QueueStore store;
    private final Executor thread;
    private final ExecutorService owned;
    private final ConcurrentLinkedQueue<Op> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /** A writer with its own store thread of that name. */
    public StoreWriter(QueueStore store, String threadName) {
        this.store = store;
        this.owned = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        this.thread = owned;
    }

    private StoreWriter(QueueStore store) {
        this.store = store;
        this.owned = null;
        this.thread = Runnable::run;
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
        return Mono.create(sink -> submit(new Op(write, sink)));
    }

    /** Applies {@code write} in order, without waiting; a failure is logged. */
    public void writeLater(Consumer<QueueStore> write) {
        submit(new Op(write, null));
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
        if (failure == null) {
            complete(batch, null);
            return;
        }
        // something failed: nothing of the batch stays; each write is retried alone, so that one bad write
        // fails only its own caller and never rides along with a later commit
        for (Op each : batch) {
            complete(List.of(each), apply(List.of(each)));
        }
    }

    /** Applies the writes in one transaction; {@code null} when committed, else the failure (rolled back). */
    private RuntimeException apply(List<Op> ops) {
        try {
            for (Op op : ops) {
                op.write.accept(store);
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

    private static void complete(List<Op> ops, RuntimeException failure) {
        for (Op op : ops) {
            if (op.sink == null) {
                if (failure != null) {
                    LOG.error("queue store write failed", failure);
                }
            } else if (failure != null) {
                op.sink.error(failure);
            } else {
                op.sink.success();
            }
        }
    }

    /** Finishes pending writes and closes the store. */
    @Override
    public void close() {
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

    private record Op(Consumer<QueueStore> write, MonoSink<Void> sink) {
    }
}
