package io.reactiveocpp.bench.session;

import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.QueueState;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.TransactionMessage;
import io.reactiveocpp.session.queue.SqliteQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import reactor.core.publisher.Flux;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A week offline: 100,000 MeterValues (one every 5 s on each of two connectors, ten sampled values, about
 * 1.4 KB of JSON each) with a StartTransaction and a StopTransaction per charging session (4 h each), queued
 * through {@link OcppSession#enqueue} into a {@link SqliteQueueStore} in a temp directory with
 * {@code MessageQueueCapacity} 200,000 while the backend is unreachable; then {@link MinimalBackend} comes up on
 * 127.0.0.1 (in this process) and the session delivers the whole queue. Meant to run with {@code -Xmx64m}:
 * <pre>
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar io.reactiveocpp.bench.session.QueueOfflineWeek [readings=100000] [inFlight=8]
 * </pre>
 * Prints the enqueue rate, the heap used after a full GC and the RSS with the queue full, then the drain time
 * and rate, and checks that the backend answered every message.
 */
public final class QueueOfflineWeek {

    private static final Instant WEEK_START = Instant.parse("2026-11-16T00:00:00Z");
    private static final int READINGS_PER_SESSION = 4 * 3600 / 5;
    private static final Duration WAIT = Duration.ofMinutes(10);

    private QueueOfflineWeek() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int readings = Integer.parseInt(options.getOrDefault("readings", "100000"));
        int inFlight = Integer.parseInt(options.getOrDefault("inFlight", "8"));
        Path dir = Files.createTempDirectory("queue-offline-week");
        int port = freePort();
        StoreWriter store = new StoreWriter(SqliteQueueStore.open(dir.resolve("queue.db")), "queue-store");
        SessionConfig config = SessionConfig.builder("ws://127.0.0.1:" + port, "CP-WEEK")
                .messageQueueCapacity(200_000)
                .reconnectMinDelay(Duration.ofMillis(200))
                .reconnectMaxDelay(Duration.ofSeconds(1))
                .build();
        OcppSession session = OcppSession.builder(config, store).build();
        try {
            session.start().block(WAIT);
            long t0 = System.nanoTime();
            // enqueued in order (each enqueue hops to the session in subscription order); up to inFlight wait for
            // their commit at once, as several connectors' would (group commit)
            week(readings).flatMap(session::enqueue, inFlight).blockLast(WAIT);
            double enqueueSeconds = (System.nanoTime() - t0) / 1e9;
            QueueState full = session.queueStates().blockFirst(WAIT);
            long queued = full.depth();
            long heap = ProcessStats.heapUsedAfterGc();
            System.out.printf("queued=%d messages in %.1f s: %.0f messages/s (inFlight=%d)%n", queued,
                    enqueueSeconds, queued / enqueueSeconds, inFlight);
            System.out.printf("offline: depth=%d heapAfterGc=%s heapMax=%s rss=%s%n", full.depth(),
                    ProcessStats.mib(heap), ProcessStats.mib(ProcessStats.heapMax()), ProcessStats.mib(ProcessStats.rss()));

            try (MinimalBackend backend = MinimalBackend.start(port)) {
                long t1 = System.nanoTime();
                session.call(new BootNotificationRequest("ReactiveOCPP", "RX-22", null, null, null, null, null, null,
                        null)).block(WAIT);
                session.admit(true);
                QueueState drained = session.queueStates().filter(q -> q.depth() == 0).blockFirst(WAIT);
                double drainSeconds = (System.nanoTime() - t1) / 1e9;
                System.out.printf("drained=%d messages in %.1f s: %.0f messages/s; backend answered %d CALLs%n",
                        queued, drainSeconds, queued / drainSeconds, backend.answered());
                System.out.printf("after: depth=%d deadLetters=%d heapAfterGc=%s rss=%s peakRss=%s%n", drained.depth(),
                        drained.deadLetters(), ProcessStats.mib(ProcessStats.heapUsedAfterGc()),
                        ProcessStats.mib(ProcessStats.rss()), ProcessStats.mib(ProcessStats.peakRss()));
                if (backend.answered() < queued + 1) {
                    throw new IllegalStateException("the backend answered " + backend.answered() + " of " + (queued + 1));
                }
            }
        } finally {
            session.stop().block(WAIT);
            store.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /**
     * Two connectors charging back to back, a reading every 5 s on each, sessions of 4 h; made as they are
     * queued (a week of messages in memory at once would not fit the heap this is about).
     */
    static Flux<TransactionMessage> week(int readings) {
        long[] txRef = {0, 0};
        int[] inSession = {0, 0};
        return Flux.range(0, readings).concatMapIterable(n -> {
            List<TransactionMessage> messages = new ArrayList<>(3);
            int c = n % 2;
            Instant at = WEEK_START.plusSeconds(5L * (n / 2));
            if (inSession[c] == 0) {
                txRef[c] = n + 1;
                messages.add(new TransactionMessage(txRef[c], new StartTransactionRequest(c + 1, "04E91C5A12345" + c,
                        1_234_567 + n, null, at), false));
            }
            messages.add(QueuePersistBenchmark.meterValues(txRef[c], c + 1, n, at));
            if (++inSession[c] == READINGS_PER_SESSION || n >= readings - 2) {
                messages.add(new TransactionMessage(txRef[c], new StopTransactionRequest(null, 1_234_567 + 183 * n, at,
                        0, null, null), false));
                inSession[c] = 0;
            }
            return messages;
        });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
