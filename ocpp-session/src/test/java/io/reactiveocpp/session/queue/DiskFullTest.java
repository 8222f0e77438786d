package io.reactiveocpp.session.queue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.reactiveocpp.session.CallException;
import io.reactiveocpp.session.QueueState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full disk is a full queue, never a loss. With the backend offline, transactions (a StartTransaction, periodic
 * MeterValues, a final signed MeterValues, a StopTransaction each) are queued until the disk is full. The write
 * that finds the disk full is stored from the disk reserve, and from then on the queue refuses new transactions
 * and periodic readings but stores the final reading and the StopTransaction of the transaction that was running;
 * then everything acknowledged is delivered in order, after which the reserve is back and a transaction is
 * admitted again. The state is logged once when entered and once when left, not per write.
 *
 * <p>Once on a real small file system (a 768 KiB tmpfs: needs root, skipped where it cannot be mounted), once
 * everywhere on a disk simulated with SQLite's {@code max_page_count} (SQLite answers SQLITE_FULL, as on a full
 * disk).
 */
class DiskFullTest {

    private static final int READINGS_PER_TRANSACTION = 40;

    @TempDir
    Path dir;

    private final Scheduler scheduler = Schedulers.newSingle("disk-full-test");
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger writerLog = (Logger) LoggerFactory.getLogger(StoreWriter.class);
    private Path mounted;
    private StoreWriter writer;

    @AfterEach
    void tearDown() throws Exception {
        writerLog.detachAppender(log);
        writerLog.setLevel(null);
        if (writer != null) {
            writer.close();
        }
        scheduler.dispose();
        if (mounted != null) {
            new ProcessBuilder("umount", mounted.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void onA768KiBFileSystemTheStopOfTheRunningTransactionIsStoredAndDelivered() throws Exception {
        Path small = dir.resolve("small");
        Files.createDirectories(small);
        Assumptions.assumeTrue(mount(small), "a 768 KiB tmpfs cannot be mounted here (needs root)");
        mounted = small;
        fillTheDiskThenDeliver(() -> SqliteQueueStore.open(small.resolve("queue.db"), SqliteQueueStore.reserveFor(2)));
        assertThat(small.resolve("queue.db.reserve")).as("the ballast is back").isRegularFile()
                .hasSize(SqliteQueueStore.reserveFor(2));
    }

    @Test
    void onADiskSimulatedWithAPageLimitTheStopOfTheRunningTransactionIsStoredAndDelivered() throws Exception {
        // 192 pages of 4 KiB (768 KiB), 32 of them (128 KiB) held back
        fillTheDiskThenDeliver(() -> SqliteQueueStore.openWithPageLimit(dir.resolve("queue.db"), 192, 32));
    }

    @Test
    void aQueueOpenedOnAFullDiskRefusesNewTransactionsUntilItsReserveFitsAgain() throws Exception {
        Path file = dir.resolve("queue.db");
        try (SqliteQueueStore store = SqliteQueueStore.open(file)) { // a previous run: 300 messages, all delivered
            for (int n = 1; n <= 300; n++) {
                var m = QueueDriver.periodic(1, n);
                store.append(new StoredMessage(n, 1, m.request().action(), Payloads.write(m.request()), false, 0, 0, true));
            }
            store.commit();
            for (int n = 1; n <= 300; n++) {
                store.delivered(n, 1, null);
            }
            store.commit();
        }
        long pages;
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var r = c.createStatement().executeQuery("PRAGMA page_count")) {
            pages = r.getLong(1);
        }
        // the disk has room for the database's free pages but not for the reserve on top
        writer = new StoreWriter(SqliteQueueStore.openWithPageLimit(file, (int) pages + 8, 32), "disk-full-store");
        QueueDriver driver = new QueueDriver(writer, scheduler, 1_000);
        assertThat(driver.on(driver::state).diskFull()).as("full from the start").isTrue();

        assertThat(driver.enqueue(QueueDriver.start(1))).isInstanceOf(CallException.QueueFull.class);
        QueueState after = driver.queue.states().filter(s -> !s.diskFull()).timeout(Duration.ofSeconds(10),
                Mono.empty()).blockFirst();
        assertThat(after).as("the empty queue gave its pages back and the reserve fits: the state was left").isNotNull();
        assertThat(driver.enqueue(QueueDriver.start(2))).isNull();
    }

    private void fillTheDiskThenDeliver(Supplier<QueueStore> store) throws InterruptedException {
        log.start();
        writerLog.addAppender(log);
        writerLog.setLevel(Level.INFO);
        writer = new StoreWriter(store.get(), "disk-full-store");
        QueueDriver driver = new QueueDriver(writer, scheduler, 1_000_000);

        List<String> acknowledged = new ArrayList<>();
        Throwable refused = null;
        long tx;
        for (tx = 1; refused == null; tx++) {
            refused = driver.enqueue(QueueDriver.start(tx));
            if (refused != null) {
                break;
            }
            acknowledged.add("S" + tx);
            int n = 0;
            while (n < READINGS_PER_TRANSACTION && refused == null) {
                refused = driver.enqueue(QueueDriver.periodic(tx, n));
                if (refused == null) {
                    acknowledged.add("M" + n + "@" + (1000 + tx));
                }
                n++;
            }
            // however full the disk is, the transaction that started ends: its final reading and its Stop
            assertThat(driver.enqueue(QueueDriver.signedFinal(tx, n))).as("the final reading of %d", tx).isNull();
            acknowledged.add("M" + n + "@" + (1000 + tx));
            assertThat(driver.enqueue(QueueDriver.stop(tx))).as("the StopTransaction of %d", tx).isNull();
            acknowledged.add("E" + tx + "@" + (1000 + tx));
        }
        assertThat(refused).as("the disk filled up").isInstanceOf(CallException.QueueFull.class);
        assertThat(tx).as("transactions before it did").isGreaterThan(2);
        QueueState full = driver.state();
        assertThat(full.diskFull()).isTrue();
        assertThat(full.full()).as("the engine starts no charging").isTrue();
        assertThat(driver.enqueue(QueueDriver.start(tx + 1))).isInstanceOf(CallException.QueueFull.class);

        // the backend comes up: everything acknowledged is delivered, in order
        List<String> delivered = new ArrayList<>();
        driver.drain(acknowledged.size(), delivered::add, m -> { });
        assertThat(delivered).containsExactlyElementsOf(acknowledged);
        assertThat(driver.state().depth()).isZero();

        // drained: the reserve is back, and with it new transactions
        QueueState after = driver.queue.states().filter(s -> !s.diskFull()).timeout(Duration.ofSeconds(10),
                Mono.empty()).blockFirst();
        assertThat(after).as("the disk-full state was left once the store had drained").isNotNull();
        assertThat(after.full()).isFalse();
        assertThat(driver.enqueue(QueueDriver.start(tx + 2))).as("a new transaction is stored again").isNull();

        assertThat(log.list).filteredOn(e -> e.getLevel() == Level.ERROR).extracting(ILoggingEvent::getFormattedMessage)
                .as("one ERROR: entering the state").hasSize(1).allMatch(m -> m.contains("disk is full"));
        assertThat(log.list).filteredOn(e -> e.getLevel() == Level.INFO).extracting(ILoggingEvent::getFormattedMessage)
                .as("one INFO: leaving it").hasSize(1).allMatch(m -> m.contains("room again"));
    }

    private static boolean mount(Path dir) throws IOException, InterruptedException {
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=768k", "tmpfs", dir.toString())
                .redirectErrorStream(true).start();
        mount.getInputStream().readAllBytes();
        return mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
    }
}
