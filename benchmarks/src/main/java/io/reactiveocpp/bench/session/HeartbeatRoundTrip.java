package io.reactiveocpp.bench.session;

import eu.chargetime.ocpp.JSONClient;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.HeartbeatRequest;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.queue.MemoryQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Issue 3, round trips: one connection, Heartbeat after Heartbeat (send, await the answer, send the next) for a
 * fixed time after a warm-up, against {@link MinimalBackend}; throughput and the exact latency percentiles of
 * every round trip.
 *
 * <ul>
 *   <li>{@code ours-blocking}: reactive-ocpp's {@link OcppSession} as built by default (confined to the event
 *       loop its link runs on; booted, admitted), driven by a plain loop on the main thread:
 *       {@code session.call(HeartbeatRequest.INSTANCE).block()}, the way Java-OCA-OCPP's {@code get()} is used
 *       below.</li>
 *   <li>{@code ours-repeat}: the same session driven without a waiting thread: a Reactor {@code repeat} that
 *       subscribes the next call when the answer arrives (on the session's event loop).</li>
 *   <li>{@code ours-thread-blocking}, {@code ours-thread-repeat}: the same, but the session is given a thread of
 *       its own ({@code Schedulers.newSingle}), so every frame hops between it and the event loop.</li>
 *   <li>{@code floor}: no OCPP stack, a bare Reactor Netty WebSocket writing canned CALLs: the machine's
 *       limit against this backend.</li>
 *   <li>{@code javaoca}: Java-OCA-OCPP 1.1.0's {@link JSONClient} with the {@code ClientCoreProfile}:
 *       {@code client.send(new HeartbeatRequest()).toCompletableFuture().get()} in a loop.</li>
 * </ul>
 *
 * <pre>
 * java -Xms512m -Xmx512m -cp benchmarks/target/benchmarks.jar io.reactiveocpp.bench.session.HeartbeatRoundTrip \
 *      runs=floor,ours-repeat,ours-blocking,ours-thread-repeat,javaoca warmup=15 duration=30 \
 *      [backend=ws://127.0.0.1:8180 pids=BACKEND_PID,...]
 * </pre>
 * Without {@code backend}, a {@link MinimalBackend} is started in this JVM (on event loops of its own). With
 * {@code pids}, the CPU time of those processes (the backend's, a spinner's) is told apart from that of other
 * processes, which is reported as "other processes" with every result.
 */
public final class HeartbeatRoundTrip {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final String backendUrl;
    private final long warmupNanos;
    private final long durationNanos;

    private HeartbeatRoundTrip(String backendUrl, Duration warmup, Duration duration) {
        this.backendUrl = backendUrl;
        this.warmupNanos = warmup.toNanos();
        this.durationNanos = duration.toNanos();
    }

    /** What one run measured. */
    record Result(String run, long roundTrips, double seconds, Latencies.Summary latency, long cpuNanos,
                  long allocated, double otherCores) {
        double perSecond() {
            return roundTrips / seconds;
        }

        /** CPU time of this process per round trip, microseconds. */
        double cpuMicrosPerRoundTrip() {
            return cpuNanos / 1e3 / roundTrips;
        }

        /** Bytes allocated per round trip. */
        double allocatedPerRoundTrip() {
            return (double) allocated / roundTrips;
        }

        @Override
        public String toString() {
            return String.format("%-14s %,9.0f round trips/s  %s  CPU %.2f cores, %.1f µs/rt, %.0f B/rt,"
                            + " other processes %.2f cores", run, perSecond(), latency, cpuNanos / 1e9 / seconds,
                    cpuMicrosPerRoundTrip(), allocatedPerRoundTrip(), otherCores);
        }
    }

    /**
     * The pids of the backend in a separate process and of anything else that is part of the setup (e.g. an
     * idle-priority spinner), to tell their CPU time from that of other processes.
     */
    private static long[] knownPids = {};

    /**
     * CPU time, allocation, the machine's busy time and the backend's CPU time at the start of a measurement.
     * The machine is shared: what other processes used in the meantime (machine minus this process minus the
     * backend) is reported with every result, so that disturbed runs can be told apart.
     */
    private record Mark(long cpu, long allocated, long machine, long backend, long wall) {
        static Mark now() {
            return new Mark(ProcessStats.cpuNanos(), ProcessStats.allocatedBytes(), ProcessStats.machineBusyNanos(),
                    knownCpu(), System.nanoTime());
        }

        static long knownCpu() {
            long sum = 0;
            for (long pid : knownPids) {
                sum += Math.max(0, ProcessStats.processCpuNanos(pid));
            }
            return sum;
        }

        Result result(String run, long roundTrips, double seconds, Latencies.Summary latency) {
            long ownCpu = ProcessStats.cpuNanos() - cpu;
            long machineBusy = ProcessStats.machineBusyNanos() - machine;
            long backendCpu = knownCpu() - backend;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            return new Result(run, roundTrips, seconds, latency, ownCpu, ProcessStats.allocatedBytes() - allocated,
                    Math.max(0, machineBusy - ownCpu - backendCpu) / 1e9 / wallSeconds);
        }
    }

    // ------------------------------------------------------------------ reactive-ocpp

    private Result ours(boolean blocking, boolean onLoop) {
        String run = "ours-" + (onLoop ? "" : "thread-") + (blocking ? "blocking" : "repeat");
        Scheduler scheduler = onLoop ? null : Schedulers.newSingle("session");
        SessionConfig config = SessionConfig.builder(backendUrl, "CP-BENCH").build();
        StoreWriter store = StoreWriter.inline(new MemoryQueueStore());
        OcppSession session = (onLoop ? OcppSession.builder(config, store)
                : OcppSession.builder(config, store, scheduler)).build();
        try {
            session.start().block(WAIT);
            var boot = session.call(new BootNotificationRequest("ReactiveOCPP", "RX-22", null, null, null, null, null,
                    null, null)).block(WAIT);
            if (boot == null || boot.status() != RegistrationStatus.ACCEPTED) {
                throw new IllegalStateException("boot not accepted: " + boot);
            }
            session.admit(true);
            Latencies latencies = new Latencies(capacity());
            boolean[] onLoopAtAnswer = {false};
            if (blocking) {
                long end = System.nanoTime() + warmupNanos;
                while (System.nanoTime() < end) {
                    session.call(HeartbeatRequest.INSTANCE).block(WAIT);
                }
                Mark mark = Mark.now();
                long start = System.nanoTime();
                long stop = start + durationNanos;
                long now = start;
                while (now < stop) {
                    long sent = now;
                    session.call(HeartbeatRequest.INSTANCE).block(WAIT);
                    now = System.nanoTime();
                    latencies.record(now - sent);
                }
                return mark.result(run, latencies.count(), (now - start) / 1e9, latencies.summary());
            }
            session.call(HeartbeatRequest.INSTANCE).doOnNext(answer -> onLoopAtAnswer[0] = Thread.currentThread().getName().startsWith("reactor-http-"))
                    .block(WAIT);
            repeat(session, new Latencies(capacity()), System.nanoTime() + warmupNanos);
            Mark mark = Mark.now();
            long start = System.nanoTime();
            long end = repeat(session, latencies, start + durationNanos);
            if (onLoop && !onLoopAtAnswer[0]) {
                throw new IllegalStateException("the answers did not arrive on the event loop");
            }
            return mark.result(run, latencies.count(), (end - start) / 1e9, latencies.summary());
        } finally {
            session.stop().block(WAIT);
            if (scheduler != null) {
                scheduler.dispose();
            }
        }
    }

    /** Heartbeats back to back until {@code stop}, each subscribed when the previous answer arrives. */
    private static long repeat(OcppSession session, Latencies latencies, long stop) {
        long[] last = {System.nanoTime()};
        Mono.defer(() -> {
                    long sent = System.nanoTime();
                    return session.call(HeartbeatRequest.INSTANCE).doOnNext(answer -> {
                        long now = System.nanoTime();
                        latencies.record(now - sent);
                        last[0] = now;
                    });
                })
                .repeat(() -> last[0] < stop)
                .then()
                .block(Duration.ofNanos(stop - System.nanoTime()).plus(WAIT));
        return last[0];
    }

    // ------------------------------------------------------------------ the floor

    /**
     * No OCPP stack at all: a Reactor Netty WebSocket that writes a canned Heartbeat CALL (only the message id
     * changes) from its event loop as soon as the previous answer arrives, and parses nothing. What is left is
     * the cost of the backend, the kernel and the wake-ups: the best any client can do on this machine.
     */
    private Result floor() {
        Latencies latencies = new Latencies(capacity());
        long measureFrom = System.nanoTime() + warmupNanos;
        long stop = measureFrom + durationNanos;
        long[] last = {0};
        Mark[] mark = {null};
        HttpClient.create()
                .websocket(WebsocketClientSpec.builder().protocols(MinimalBackend.SUBPROTOCOL).build())
                .uri(backendUrl + "/CP-FLOOR")
                .handle((in, out) -> {
                    Sinks.Many<String> outgoing = Sinks.many().unicast().onBackpressureBuffer();
                    long[] sent = {System.nanoTime()};
                    long[] id = {0};
                    in.receive().asString().subscribe(answer -> {
                        long now = System.nanoTime();
                        if (sent[0] >= measureFrom) {
                            latencies.record(now - sent[0]);
                            last[0] = now;
                        } else if (now >= measureFrom && mark[0] == null) {
                            mark[0] = Mark.now();
                        }
                        if (now < stop) {
                            sent[0] = System.nanoTime();
                            outgoing.tryEmitNext("[2,\"f" + ++id[0] + "\",\"Heartbeat\",{}]");
                        } else {
                            outgoing.tryEmitComplete();
                        }
                    });
                    outgoing.tryEmitNext("[2,\"f0\",\"Heartbeat\",{}]");
                    return out.sendString(outgoing.asFlux()).then().then(out.sendClose());
                })
                .then()
                .block(Duration.ofNanos(stop - System.nanoTime()).plus(WAIT));
        return mark[0].result("floor", latencies.count(), (last[0] - measureFrom) / 1e9, latencies.summary());
    }

    // ------------------------------------------------------------------ Java-OCA-OCPP

    private Result javaOca() throws Exception {
        JSONClient client = JavaOcaChargePoints.client("CP-BENCH");
        if (!JavaOcaChargePoints.connect(client, backendUrl, JavaOcaChargePoints.noEvents())) {
            throw new IllegalStateException("Java-OCA-OCPP did not connect to " + backendUrl);
        }
        try {
            var boot = (eu.chargetime.ocpp.model.core.BootNotificationConfirmation) client.send(
                            new eu.chargetime.ocpp.model.core.BootNotificationRequest("ReactiveOCPP", "RX-22"))
                    .toCompletableFuture().get(10, TimeUnit.SECONDS);
            if (boot.getStatus() != eu.chargetime.ocpp.model.core.RegistrationStatus.Accepted) {
                throw new IllegalStateException("boot not accepted: " + boot);
            }
            long end = System.nanoTime() + warmupNanos;
            while (System.nanoTime() < end) {
                client.send(new eu.chargetime.ocpp.model.core.HeartbeatRequest()).toCompletableFuture()
                        .get(10, TimeUnit.SECONDS);
            }
            Latencies latencies = new Latencies(capacity());
            Mark mark = Mark.now();
            long start = System.nanoTime();
            long stop = start + durationNanos;
            long now = start;
            while (now < stop) {
                long sent = now;
                client.send(new eu.chargetime.ocpp.model.core.HeartbeatRequest()).toCompletableFuture()
                        .get(10, TimeUnit.SECONDS);
                now = System.nanoTime();
                latencies.record(now - sent);
            }
            return mark.result("javaoca", latencies.count(), (now - start) / 1e9, latencies.summary());
        } finally {
            client.disconnect();
        }
    }

    private int capacity() {
        // at most 200,000 round trips per second are kept
        return (int) Math.min(50_000_000L, Math.max(1_000_000L, durationNanos / 5_000));
    }

    // ------------------------------------------------------------------ main

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        String runs = options.getOrDefault("runs", "floor,ours-repeat,ours-blocking,ours-thread-repeat,javaoca");
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "15")));
        Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "30")));
        String backendUrl = options.get("backend");
        knownPids = java.util.Arrays.stream(options.getOrDefault("pids", "").split(","))
                .filter(pid -> !pid.isBlank()).mapToLong(Long::parseLong).toArray();
        MinimalBackend backend = null;
        if (backendUrl == null) {
            backend = MinimalBackend.start(0);
            backendUrl = backend.url();
        }
        System.out.printf("HeartbeatRoundTrip: backend %s (%s), warm-up %d s, measured %d s, JDK %s, %d cores%n",
                backendUrl, backend == null ? "separate process" : "in-process", warmup.toSeconds(),
                duration.toSeconds(), Runtime.version(), Runtime.getRuntime().availableProcessors());
        HeartbeatRoundTrip bench = new HeartbeatRoundTrip(backendUrl, warmup, duration);
        List<Result> results = new ArrayList<>();
        try {
            for (String run : runs.split(",")) {
                Result result = switch (run.trim()) {
                    case "ours-blocking" -> bench.ours(true, true);
                    case "ours-repeat" -> bench.ours(false, true);
                    case "ours-thread-blocking" -> bench.ours(true, false);
                    case "ours-thread-repeat" -> bench.ours(false, false);
                    case "javaoca" -> bench.javaOca();
                    case "floor" -> bench.floor();
                    default -> throw new IllegalArgumentException("unknown run " + run
                            + " (ours-blocking, ours-repeat, ours-loop-blocking, ours-loop-repeat, javaoca, floor)");
                };
                System.out.println(result);
                results.add(result);
            }
        } finally {
            if (backend != null) {
                backend.close();
            }
        }
        System.out.println();
        System.out.println("| run | round trips/s | p50 | p90 | p99 | p99.9 | max | CPU (cores) | CPU µs/rt | alloc B/rt "
                + "| other processes (cores) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            Latencies.Summary l = r.latency();
            System.out.printf("| %s | %,.0f | %s | %s | %s | %s | %s | %.2f | %.1f | %,.0f | %.2f |%n", r.run(),
                    r.perSecond(),
                    Latencies.Summary.micros(l.p50()), Latencies.Summary.micros(l.p90()),
                    Latencies.Summary.micros(l.p99()), Latencies.Summary.micros(l.p999()),
                    Latencies.Summary.micros(l.max()), r.cpuNanos() / 1e9 / r.seconds(), r.cpuMicrosPerRoundTrip(),
                    r.allocatedPerRoundTrip(), r.otherCores());
        }
        System.exit(0);
    }
}
