package io.reactiveocpp.session.queue;

import io.reactiveocpp.session.TransactionMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 queued MeterValues (a week offline at one every 5 s on two connectors) fit a process of
 * {@code -Xmx64m}: a child JVM ({@link QueueDrainChild}) opens the queue and delivers all of it, in order,
 * with never more than {@link QueuedEntries#WINDOW} entries in memory.
 */
class QueueInSmallHeapTest {

    private static final int READINGS = 100_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aHundredThousandQueuedMessagesAreDeliveredInOrderWithSixtyFourMegabytesOfHeap() throws Exception {
        Path file = dir.resolve("queue.db");
        fill(file, READINGS);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), QueueDrainChild.class.getName(), file.toString(),
                Integer.toString(READINGS))
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        child.getOutputStream().close();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        assertThat(child.waitFor(4, TimeUnit.MINUTES)).as("the child finished").isTrue();
        String err = tail(dir.resolve("child.err"));
        assertThat(child.exitValue()).as("the child's exit code; its stderr ends with:%n%s", err).isZero();

        String[] drained = out.substring(out.lastIndexOf("DRAINED")).split(" ");
        assertThat(Integer.parseInt(drained[1])).as("messages delivered in order").isEqualTo(READINGS + 4);
        assertThat(Integer.parseInt(drained[2])).as("entries in memory at most").isLessThanOrEqualTo(QueuedEntries.WINDOW);
    }

    /** Start 1 and 2, {@code readings} periodic MeterValues alternating between them, Stop 1 and 2. */
    static List<TransactionMessage> script(int readings) {
        List<TransactionMessage> script = new ArrayList<>(readings + 4);
        script.add(QueueDriver.start(1));
        script.add(QueueDriver.start(2));
        for (int n = 0; n < readings; n++) {
            script.add(QueueDriver.periodic(1 + n % 2, n));
        }
        script.add(QueueDriver.stop(1));
        script.add(QueueDriver.stop(2));
        return script;
    }

    /** What a backend receives for {@link #script}, in order. */
    static List<String> labels(int readings) {
        List<String> labels = new ArrayList<>(readings + 4);
        labels.add("S1");
        labels.add("S2");
        for (int n = 0; n < readings; n++) {
            labels.add("M" + n + "@" + (1001 + n % 2));
        }
        labels.add("E1@1001");
        labels.add("E2@1002");
        return labels;
    }

    /** Stores the script as the queue would, in one transaction. */
    static void fill(Path file, int readings) {
        try (SqliteQueueStore store = SqliteQueueStore.open(file)) {
            long seq = store.summary(1).nextSeq();
            for (TransactionMessage m : script(readings)) {
                store.append(new StoredMessage(seq++, m.txRef(), m.request().action(), Payloads.write(m.request()),
                        m.eichrecht(), 0, 0, m.thinnable()));
            }
            store.commit();
        }
    }

    private static String tail(Path file) throws IOException {
        String text = java.nio.file.Files.readString(file);
        return text.substring(Math.max(0, text.length() - 3000));
    }
}
