package io.reactiveocpp.session.queue;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.session.TransactionMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A queue much longer than what it holds in memory: only its head ({@link QueuedEntries#WINDOW} entries) is
 * materialized, the rest is paged from SQLite in seq order, and thinning beyond the head follows the same rule
 * as before (the first candidate in queue order, first and last of each run kept), also across a restart.
 * Each run is checked against a model of the rule on a plain list.
 */
class LongQueueTest {

    @TempDir
    Path dir;

    private final Scheduler scheduler = Schedulers.newSingle("long-queue-test");
    private StoreWriter writer;

    @AfterEach
    void tearDown() {
        if (writer != null) {
            writer.close();
        }
        scheduler.dispose();
    }

    /** Start 1 and 2, {@code mixed} readings alternating between them, Stop 2, then {@code run} readings of 1, Stop 1. */
    private static List<TransactionMessage> script(int mixed, int run) {
        List<TransactionMessage> script = new ArrayList<>();
        script.add(QueueDriver.start(1));
        script.add(QueueDriver.start(2));
        int n = 0;
        for (int i = 0; i < mixed; i++) {
            script.add(QueueDriver.periodic(1 + i % 2, n++));
        }
        script.add(QueueDriver.stop(2));
        for (int i = 0; i < run; i++) {
            script.add(QueueDriver.periodic(1, n++));
        }
        script.add(QueueDriver.stop(1));
        return script;
    }

    private QueueDriver open(int capacity) {
        writer = new StoreWriter(SqliteQueueStore.open(dir.resolve("queue.db")), "long-queue-store");
        return new QueueDriver(writer, scheduler, capacity);
    }

    private void restart() {
        writer.close();
        writer = null;
    }

    @Test
    void onlyTheHeadIsInMemoryAndAQueueTenTimesItsLengthDrainsInOrder() throws InterruptedException {
        List<TransactionMessage> script = script(1_200, 300);
        QueueDriver driver = open(10_000);
        int most = 0;
        for (TransactionMessage message : script) {
            assertThat(driver.enqueue(message)).isNull();
            most = Math.max(most, driver.on(driver.queue::materialized));
        }
        assertThat(most).as("entries in memory while queueing").isLessThanOrEqualTo(QueuedEntries.WINDOW + 1);
        assertThat(driver.state().depth()).isEqualTo(script.size());

        List<String> delivered = new ArrayList<>();
        int[] drained = {0};
        driver.drain(script.size(), delivered::add, m -> drained[0] = Math.max(drained[0], m));
        assertThat(drained[0]).as("entries in memory while draining").isLessThanOrEqualTo(QueuedEntries.WINDOW);
        assertThat(delivered).containsExactlyElementsOf(model(script, 10_000));
        assertThat(driver.state().depth()).isZero();
    }

    @Test
    void thinningBeyondTheHeadRemovesWhatTheRuleOnAListWould() throws InterruptedException {
        // 400 alternating readings (nothing thinnable) push the long run of transaction 1 beyond the head
        List<TransactionMessage> script = script(400, 1_200);
        QueueDriver driver = open(600);
        for (TransactionMessage message : script) {
            assertThat(driver.enqueue(message)).isNull();
        }
        List<String> expected = model(script, 600);
        assertThat(driver.state().depth()).isEqualTo(expected.size());
        assertThat(driver.state().thinned()).isEqualTo(script.size() - expected.size());

        List<String> delivered = new ArrayList<>();
        driver.drain(expected.size(), delivered::add, m -> { });
        assertThat(delivered).containsExactlyElementsOf(expected);
    }

    @Test
    void aRestartedLongQueueKeepsThinningByTheSameRuleAndDrainsInOrder() throws InterruptedException {
        List<TransactionMessage> script = script(400, 1_200);
        int half = script.size() / 2;
        QueueDriver before = open(600);
        for (TransactionMessage message : script.subList(0, half)) {
            assertThat(before.enqueue(message)).isNull();
        }
        restart();
        QueueDriver after = open(600);
        for (TransactionMessage message : script.subList(half, script.size())) {
            assertThat(after.enqueue(message)).isNull();
        }
        List<String> expected = model(script, 600);
        assertThat(after.state().depth()).isEqualTo(expected.size());
        List<String> delivered = new ArrayList<>();
        after.drain(expected.size(), delivered::add, m -> { });
        assertThat(delivered).containsExactlyElementsOf(expected);
    }

    /**
     * The labels a backend receives, by the rule of {@link OutboundQueue} applied to a list: a reserved slot per
     * open transaction, and to make room the first thinnable MeterValues from the third entry on whose
     * neighbours are thinnable MeterValues of its transaction is removed.
     */
    static List<String> model(List<TransactionMessage> script, int capacity) {
        List<TransactionMessage> queue = new ArrayList<>();
        java.util.Set<Long> open = new java.util.HashSet<>();
        for (TransactionMessage m : script) {
            Action action = m.request().action();
            int needed = action == Action.START_TRANSACTION ? 2 : action == Action.STOP_TRANSACTION ? 0 : 1;
            while (needed > 0 && queue.size() + open.size() + needed > capacity) {
                int candidate = -1;
                for (int i = 2; i < queue.size() - 1 && candidate < 0; i++) {
                    TransactionMessage before = queue.get(i - 1);
                    TransactionMessage after = queue.get(i + 1);
                    TransactionMessage it = queue.get(i);
                    if (it.thinnable() && before.thinnable() && after.thinnable() && before.txRef() == it.txRef()
                            && after.txRef() == it.txRef()) {
                        candidate = i;
                    }
                }
                if (candidate < 0) {
                    throw new AssertionError("the model refuses " + action + ": the script must not need that");
                }
                queue.remove(candidate);
            }
            queue.add(m);
            if (action == Action.START_TRANSACTION) {
                open.add(m.txRef());
            } else if (action == Action.STOP_TRANSACTION) {
                open.remove(m.txRef());
            }
        }
        List<String> labels = new ArrayList<>();
        for (TransactionMessage m : queue) {
            var request = m.request();
            String id = "@" + (1000 + m.txRef());
            labels.add(switch (request.action()) {
                case START_TRANSACTION -> "S" + m.txRef();
                case STOP_TRANSACTION -> "E" + m.txRef() + id;
                default -> "M" + ((io.reactiveocpp.codec.message.core.MeterValuesRequest) request).meterValue().get(0)
                        .sampledValue().get(0).value() + id;
            });
        }
        return labels;
    }
}
