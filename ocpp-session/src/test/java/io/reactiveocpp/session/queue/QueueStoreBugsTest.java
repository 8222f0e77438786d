package io.reactiveocpp.session.queue;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.session.DeadLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two defects of the store found while writing {@code KillDuringAppendTest}; each test shows one and is
 * kept as a regression test since the fix.
 */
class QueueStoreBugsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String METER_VALUES = "{\"connectorId\":1,\"meterValue\":[{\"timestamp\":"
            + "\"2026-11-25T12:00:00.000Z\",\"sampledValue\":[{\"value\":\"1\"}]}]}";

    @TempDir
    Path dir;

    @Test
    void aMessageWhoseEnqueueFailedIsNotStoredLater() {
        Path file = dir.resolve("queue.db");
        FailFirstCommit store = new FailFirstCommit(SqliteQueueStore.open(file));
        StoreWriter writer = new StoreWriter(store, "store-bug-test");
        writer.read(QueueStore::load).block(WAIT);

        // the commit fails (as SQLITE_BUSY, or an I/O error that leaves the transaction open, would): the caller
        // is told the message is not stored, and OutboundQueue forgets it
        assertThatThrownBy(() -> writer.write(s -> s.append(row(1))).block(WAIT)).hasMessageContaining("injected");
        // the next write commits fine, and must not take the failed one with it (it did before the fix)
        writer.write(s -> s.append(row(2))).block(WAIT);
        writer.close();

        try (SqliteQueueStore reopened = SqliteQueueStore.open(file)) {
            assertThat(reopened.load().messages()).extracting(StoredMessage::seq)
                    .as("only the acknowledged message is stored").containsExactly(2L);
        }
    }

    @Test
    void seqIsNotReusedAfterTheQueueDrainedAndTheStoreWasReopened() {
        Path file = dir.resolve("queue.db");
        try (SqliteQueueStore store = SqliteQueueStore.open(file)) {
            assertThat(store.load().nextSeq()).isEqualTo(1);
            store.append(row(1));
            store.commit();
            store.delivered(1, 7, null);
            store.commit();
        }
        try (SqliteQueueStore store = SqliteQueueStore.open(file)) {
            assertThat(store.load().nextSeq()).as("the next seq after seq 1 was used").isGreaterThan(1);
        }
    }

    @Test
    void aStartTransactionThatWasNotStoredHoldsNoSlotForItsStop() {
        // the store refuses the StartTransaction of txRef 1 (as a full disk would once its reserve is gone)
        QueueStore failing = (QueueStore) java.lang.reflect.Proxy.newProxyInstance(QueueStore.class.getClassLoader(),
                new Class<?>[] {QueueStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("append") && ((StoredMessage) args[0]).action() == Action.START_TRANSACTION
                            && ((StoredMessage) args[0]).txRef() == 1) {
                        throw new IllegalStateException("queue database append failed: injected");
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        reactor.core.scheduler.Scheduler scheduler = reactor.core.scheduler.Schedulers.newSingle("slot-test");
        StoreWriter writer = new StoreWriter(failing, "slot-test-store");
        try {
            QueueDriver driver = new QueueDriver(writer, scheduler, 10);
            assertThat(driver.enqueue(QueueDriver.start(1))).hasMessageContaining("injected");
            assertThat(driver.on(driver::state).reserved()).as("no Stop slot for a transaction not stored").isZero();
            // 10 slots: four StartTransactions with their Stops; a slot kept for txRef 1 would refuse the fourth
            for (long tx = 2; tx <= 5; tx++) {
                assertThat(driver.enqueue(QueueDriver.start(tx))).as("StartTransaction %d", tx).isNull();
            }
        } finally {
            writer.close();
            scheduler.dispose();
        }
    }

    private final QueueStore delegate = new MemoryQueueStore();

    private static StoredMessage row(long seq) {
        return new StoredMessage(seq, 7, Action.METER_VALUES, METER_VALUES, false, 0, 0);
    }

    /** A store whose first two commits fail without committing, the transaction left open. */
    private static final class FailFirstCommit implements QueueStore {
        private final QueueStore delegate;
        private int failures;

        FailFirstCommit(QueueStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public void commit() {
            if (failures < 2) { // the batch and the writer's retry of it both fail
                failures++;
                throw new IllegalStateException("queue database commit failed: injected");
            }
            delegate.commit();
        }

        @Override public Snapshot load() { return delegate.load(); }
        @Override public Summary summary(int window) { return delegate.summary(window); }
        @Override public List<Queued> page(long afterSeq, long upToSeq, int limit) { return delegate.page(afterSeq, upToSeq, limit); }
        @Override public long thinOne(long afterSeq) { return delegate.thinOne(afterSeq); }
        @Override public void append(StoredMessage message) { delegate.append(message); }
        @Override public void delivered(long seq, long txRef, Integer transactionId) { delegate.delivered(seq, txRef, transactionId); }
        @Override public void drop(long seq) { delegate.drop(seq); }
        @Override public void attempted(long seq, int attempts) { delegate.attempted(seq, attempts); }
        @Override public void deadLetter(long seq, long failedAt, String reason) { delegate.deadLetter(seq, failedAt, reason); }
        @Override public List<DeadLetter> deadLetters(int limit) { return delegate.deadLetters(limit); }
        @Override public void rollback() { delegate.rollback(); }
        @Override public void close() { delegate.close(); }
    }
}
