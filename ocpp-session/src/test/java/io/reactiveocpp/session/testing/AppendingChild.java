package io.reactiveocpp.session.testing;

import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.type.Measurand;
import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.type.Phase;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.codec.type.SampledValue;
import io.reactiveocpp.codec.type.UnitOfMeasure;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.TransactionMessage;
import io.reactiveocpp.session.queue.SqliteQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The process that {@code KillDuringAppendTest} kills: it queues one transaction's messages as fast as it
 * can through {@link OcppSession#enqueue} into a {@link SqliteQueueStore}, with no backend reachable, and
 * prints one line per acknowledgement (the enqueue Mono completed = the message is durable):
 * <pre>
 *   ACK START            the StartTransaction (txRef {@value #TX_REF})
 *   ACK MV &lt;n&gt;           the MeterValues whose Energy.Active.Import.Register reads {@code n}, n = 0, 1, 2, ...
 * </pre>
 * Everything else (logs) goes to stderr. Arguments: the database file, a closed port on 127.0.0.1, the number
 * of enqueues kept in flight at once (group commit). It never stops by itself before {@value #MAX_MESSAGES}
 * messages or {@value #MAX_SECONDS} s; it also exits when its stdin is closed (the test JVM is gone).
 */
public final class AppendingChild {

    public static final long TX_REF = 1;
    public static final Instant START = Instant.parse("2026-11-25T12:00:00Z");
    static final int MAX_MESSAGES = 200_000;
    static final int MAX_SECONDS = 60;

    private AppendingChild() {
    }

    public static void main(String[] args) throws Exception {
        // the acknowledgements own stdout; the session's logs go to stderr
        PrintStream acks = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, "US-ASCII");
        System.setOut(System.err);
        Path file = Path.of(args[0]);
        int closedPort = Integer.parseInt(args[1]);
        int inFlight = Integer.parseInt(args[2]);
        exitWhenParentIsGone();

        Scheduler scheduler = Schedulers.newSingle("child-session");
        StoreWriter store = new StoreWriter(SqliteQueueStore.open(file), "child-store");
        SessionConfig config = SessionConfig.builder("ws://127.0.0.1:" + closedPort, "CP-KILL")
                .messageQueueCapacity(1_000_000) // no thinning
                .reconnectMinDelay(Duration.ofMillis(200))
                .reconnectMaxDelay(Duration.ofSeconds(1))
                .build();
        OcppSession session = OcppSession.builder(config, store, scheduler).build();
        session.start().block(Duration.ofSeconds(10));

        session.enqueue(new TransactionMessage(TX_REF, new StartTransactionRequest(1, "TAG-KILL", 1_000_000, null, START),
                false)).block(Duration.ofSeconds(10));
        println(acks, "ACK START");

        CountDownLatch done = new CountDownLatch(1);
        Flux.range(0, MAX_MESSAGES)
                .flatMap(n -> session.enqueue(meterValues(n)).thenReturn(n), inFlight)
                .subscribe(n -> println(acks, "ACK MV " + n), e -> {
                    e.printStackTrace();
                    done.countDown();
                }, done::countDown);
        done.await(MAX_SECONDS, TimeUnit.SECONDS);
        System.exit(0);
    }

    /** A realistic periodic sample of a three-phase charge; the register reading is {@code n}. */
    public static TransactionMessage meterValues(int n) {
        Instant at = START.plusSeconds(n + 1L);
        return new TransactionMessage(TX_REF, new MeterValuesRequest(1, null, List.of(new MeterValue(at, List.of(
                new SampledValue(Integer.toString(n), ReadingContext.SAMPLE_PERIODIC, null,
                        Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, null, null, UnitOfMeasure.WH),
                new SampledValue("11040", ReadingContext.SAMPLE_PERIODIC, null, Measurand.POWER_ACTIVE_IMPORT,
                        null, null, UnitOfMeasure.W),
                new SampledValue("16.0", ReadingContext.SAMPLE_PERIODIC, null, Measurand.CURRENT_IMPORT,
                        Phase.L1, null, UnitOfMeasure.A),
                new SampledValue("16.0", ReadingContext.SAMPLE_PERIODIC, null, Measurand.CURRENT_IMPORT,
                        Phase.L2, null, UnitOfMeasure.A),
                new SampledValue("16.0", ReadingContext.SAMPLE_PERIODIC, null, Measurand.CURRENT_IMPORT,
                        Phase.L3, null, UnitOfMeasure.A))))), false);
    }

    private static void println(PrintStream out, String line) {
        synchronized (out) {
            out.print(line);
            out.print('\n');
            out.flush();
        }
    }

    private static void exitWhenParentIsGone() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is ever sent; EOF means the test JVM closed the pipe or died
                }
            } catch (IOException e) {
                // same
            }
            Runtime.getRuntime().halt(3);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
