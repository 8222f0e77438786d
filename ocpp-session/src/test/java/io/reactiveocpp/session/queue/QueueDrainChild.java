package io.reactiveocpp.session.queue;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@code QueueInSmallHeapTest} starts with {@code -Xmx64m}: it opens the queue a parent filled
 * ({@link QueueInSmallHeapTest#fill}), delivers every message and checks that they come in the order they were
 * queued. Prints {@code DRAINED <count> <most entries in memory> <heap used after GC, bytes>}, or a failure on
 * stderr with exit code 1 (an OutOfMemoryError also ends it with a failure).
 */
public final class QueueDrainChild {

    private QueueDrainChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int readings = Integer.parseInt(args[1]);
        Scheduler scheduler = Schedulers.newSingle("drain-child");
        StoreWriter writer = new StoreWriter(SqliteQueueStore.open(file), "drain-child-store");
        QueueDriver driver = new QueueDriver(writer, scheduler, 200_000);
        List<String> expected = QueueInSmallHeapTest.labels(readings);
        int[] most = {0};
        int[] next = {0};
        List<String> wrong = new ArrayList<>();
        driver.drain(expected.size(), label -> {
            if (!label.equals(expected.get(next[0])) && wrong.size() < 5) {
                wrong.add("#" + next[0] + ": " + label + " instead of " + expected.get(next[0]));
            }
            next[0]++;
        }, m -> most[0] = Math.max(most[0], m));
        if (!wrong.isEmpty() || driver.state().depth() != 0) {
            System.err.println("out of order: " + wrong + ", left " + driver.state().depth());
            System.exit(1);
        }
        System.gc();
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                heap += pool.getCollectionUsage().getUsed();
            }
        }
        System.out.println("DRAINED " + next[0] + " " + most[0] + " " + heap);
        writer.close();
        scheduler.dispose();
        System.exit(0);
    }
}
