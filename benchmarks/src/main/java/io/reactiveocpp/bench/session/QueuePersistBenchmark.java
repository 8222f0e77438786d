package io.reactiveocpp.bench.session;

import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.type.Location;
import io.reactiveocpp.codec.type.Measurand;
import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.type.Phase;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.codec.type.SampledValue;
import io.reactiveocpp.codec.type.UnitOfMeasure;
import io.reactiveocpp.codec.type.ValueFormat;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.TransactionMessage;
import io.reactiveocpp.session.queue.SqliteQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Transaction messages made durable per second: {@link OcppSession#enqueue} of a realistic MeterValues (one
 * meter value of 10 sampled values, as a three-phase charge point sends it, about 1.4 KB of JSON) into a
 * {@link SqliteQueueStore} in a temp directory (WAL, {@code synchronous=FULL}: every commit is fsynced), with
 * the backend unreachable, as while offline. One operation = one message acknowledged as durable (its enqueue
 * Mono completed). The whole path is measured: the hop to the session's scheduler, admission, JSON encoding,
 * the hop to the store thread, the INSERT, the commit with its fsync, and the hop back.
 * <ul>
 *   <li>{@code producers=1}: enqueue, wait for the acknowledgement, next: one commit (fsync) per message;</li>
 *   <li>{@code producers=8}, {@code producers=64}: that many enqueues outstanding at once, as when several
 *       connectors (or a backlog) produce together: whatever is waiting when the store thread gets to it is
 *       committed together (group commit), one fsync for many messages.</li>
 * </ul>
 * The producers are non-blocking (as the engine's are: it subscribes, it does not block a thread per
 * message), so one JMH thread drives them; JMH threads blocking in {@code block()} would measure the same
 * store but busy-wait in JMH's per-iteration setup.
 * Every iteration starts on a new file; at the end of the trial each file is reopened, and the run fails unless
 * it holds exactly as many messages as were acknowledged.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar QueuePersistBenchmark
 * java -jar benchmarks/target/benchmarks.jar QueuePersistBenchmark -p producers=8
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class QueuePersistBenchmark {

    private static final long TX_REF = 1;
    private static final Instant START = Instant.parse("2026-11-25T13:31:58Z");
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Messages per benchmark invocation. */
    static final int BATCH = 1024;

    /** Concurrent producers: enqueues waiting for their acknowledgement at any one time. */
    @Param({"1", "8", "64"})
    public int producers;

    private Path dir;
    private Path file;
    private Scheduler scheduler;
    private StoreWriter store;
    private OcppSession session;
    private final AtomicInteger reading = new AtomicInteger();
    private final AtomicLong acknowledged = new AtomicLong();
    private final Map<Path, Long> files = new LinkedHashMap<>();

    @Setup(Level.Trial)
    public void createDirectory() throws IOException {
        dir = Files.createTempDirectory("queue-persist-bench");
    }

    /** A fresh file and session per iteration, so that the queue held in memory does not grow without end. */
    @Setup(Level.Iteration)
    public void startSession() {
        file = dir.resolve("queue-" + files.size() + ".db");
        scheduler = Schedulers.newSingle("bench-session");
        store = new StoreWriter(SqliteQueueStore.open(file), "bench-store");
        SessionConfig config = SessionConfig.builder("ws://127.0.0.1:9", "CP-BENCH")
                .messageQueueCapacity(1_000_000) // the maximum: nothing is thinned
                .connectionTimeout(Duration.ofSeconds(300))
                .build();
        // offline: the link never comes up, so nothing is sent and every message stays queued
        session = OcppSession.builder(config, store, scheduler).transport(c -> Mono.never()).build();
        session.start().block(WAIT);
        acknowledged.set(0);
        session.enqueue(new TransactionMessage(TX_REF, new StartTransactionRequest(1, "04E91C5A123456", 1_234_567,
                null, START), false)).block(WAIT);
        acknowledged.incrementAndGet();
    }

    @TearDown(Level.Iteration)
    public void stopSession() {
        session.stop().block(WAIT);
        store.close();
        scheduler.dispose();
        files.put(file, acknowledged.get());
    }

    /** Reopens every file: each must hold exactly the messages that were acknowledged. */
    @TearDown(Level.Trial)
    public void checkFiles() throws IOException {
        long checked = 0;
        for (Map.Entry<Path, Long> each : files.entrySet()) {
            long stored;
            try (SqliteQueueStore reopened = SqliteQueueStore.open(each.getKey())) {
                stored = reopened.load().messages().size();
            }
            if (stored != each.getValue()) {
                throw new IllegalStateException(each.getKey() + ": " + each.getValue() + " messages acknowledged, but "
                        + stored + " stored");
            }
            checked += stored;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        System.out.print("[" + checked + " acknowledged messages, all found in the reopened files] ");
    }

    /**
     * {@value #BATCH} messages, {@link #producers} enqueues in flight at any time: as soon as one is
     * acknowledged the next is queued (one producer: enqueue, wait, next).
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void persist() {
        Flux.range(0, BATCH)
                .flatMap(i -> session.enqueue(meterValues(reading.getAndIncrement())), producers)
                .then()
                .block(WAIT);
        acknowledged.addAndGet(BATCH);
    }

    /** A periodic sample of a three-phase charge, 10 sampled values; the transactionId is bound at dispatch. */
    static TransactionMessage meterValues(int n) {
        return meterValues(TX_REF, 1, n, START.plusSeconds(60L * (n + 1)));
    }

    /** The sample {@code n} of transaction {@code txRef} on {@code connector}, taken {@code at}: about 1.4 KB of JSON. */
    static TransactionMessage meterValues(long txRef, int connector, int n, Instant at) {
        List<SampledValue> samples = List.of(
                sample(Integer.toString(1_234_567 + 183 * n), Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, null,
                        Location.OUTLET, UnitOfMeasure.WH),
                sample("10980.5", Measurand.POWER_ACTIVE_IMPORT, null, Location.OUTLET, UnitOfMeasure.W),
                sample("15.92", Measurand.CURRENT_IMPORT, Phase.L1, Location.OUTLET, UnitOfMeasure.A),
                sample("16.01", Measurand.CURRENT_IMPORT, Phase.L2, Location.OUTLET, UnitOfMeasure.A),
                sample("15.87", Measurand.CURRENT_IMPORT, Phase.L3, Location.OUTLET, UnitOfMeasure.A),
                sample("229.8", Measurand.VOLTAGE, Phase.L1_N, Location.OUTLET, UnitOfMeasure.V),
                sample("230.4", Measurand.VOLTAGE, Phase.L2_N, Location.OUTLET, UnitOfMeasure.V),
                sample("231.1", Measurand.VOLTAGE, Phase.L3_N, Location.OUTLET, UnitOfMeasure.V),
                sample("32", Measurand.CURRENT_OFFERED, null, Location.OUTLET, UnitOfMeasure.A),
                sample("64", Measurand.SOC, null, Location.EV, UnitOfMeasure.PERCENT));
        return new TransactionMessage(txRef, new MeterValuesRequest(connector, null, List.of(new MeterValue(at, samples))),
                false);
    }

    private static SampledValue sample(String value, Measurand measurand, Phase phase, Location location,
                                       UnitOfMeasure unit) {
        return new SampledValue(value, ReadingContext.SAMPLE_PERIODIC, ValueFormat.RAW, measurand, phase, location, unit);
    }
}
