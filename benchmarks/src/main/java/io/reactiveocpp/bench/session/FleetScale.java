package io.reactiveocpp.bench.session;

import eu.chargetime.ocpp.JSONClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.HeartbeatRequest;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.session.ConnectionState;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.queue.MemoryQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Issue 3, fleet: N charge point sessions in one JVM, with distinct ids {@code CP-00001}..., connected gradually
 * (a ramp of {@code rate} connects per second), booted, admitted and heartbeating every {@code heartbeat}
 * seconds (each at a random phase) against a {@link MinimalBackend} in a separate process. Once every charge
 * point is booted, a steady period follows; then the process reports what it costs: connected count, live
 * threads, heap after a full GC, RSS, CPU during the steady period, and the heartbeat round-trip percentiles of
 * the steady period.
 *
 * <p>Both stacks are driven the same way: one ramp thread starts (reactive-ocpp) or connects (Java-OCA-OCPP,
 * whose connect blocks) the charge points in turn, and one driver thread sends the heartbeats without waiting
 * for their answers (the latency is taken when the answer arrives).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.reactiveocpp.bench.session.MinimalBackend 8180 &amp;
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar io.reactiveocpp.bench.session.FleetScale \
 *      stack=ours n=10000 backend=ws://127.0.0.1:8180 rate=500 heartbeat=30 steady=90
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar io.reactiveocpp.bench.session.FleetScale \
 *      stack=javaoca n=2000 backend=ws://127.0.0.1:8180 rate=500 heartbeat=30 steady=90
 * </pre>
 * {@code scheduler} (reactive-ocpp only): {@code loop} (the builder's default,
 * {@code OcppSession.builder(config, store)}) confines every session to the Reactor Netty event loop its link runs
 * on, round robin over the shared client loops; {@code worker} gives every session
 * {@code Schedulers.single(Schedulers.parallel())} (one worker of the shared parallel scheduler: one thread per
 * core for all sessions); {@code shared} runs every session on one {@code Schedulers.newSingle} thread.
 * {@code registry}: {@code shared} (the builder's default, one registry for the process) or {@code private}
 * (one SimpleMeterRegistry per session). {@code hold=S} keeps the process alive S seconds after the
 * report (for {@code jcmd PID GC.class_histogram}).
 */
public final class FleetScale {

    private final String stack;
    private final int n;
    private final String backendUrl;
    private final int rate;
    private final int heartbeatSeconds;
    private final int steadySeconds;
    private final String schedulerMode;
    private final String registryMode;
    private final int holdSeconds;

    private final ScheduledExecutorService driver = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "driver");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger booted = new AtomicInteger();
    private final AtomicInteger bootFailures = new AtomicInteger();
    private final AtomicInteger connectFailures = new AtomicInteger();
    private final AtomicInteger disconnects = new AtomicInteger();
    private final AtomicLong heartbeatsAnswered = new AtomicLong();
    private final AtomicLong heartbeatsFailed = new AtomicLong();
    private volatile Latencies latencies = new Latencies(1);
    private volatile boolean measuring;

    private OcppSession[] sessions;
    private JSONClient[] clients;
    private Scheduler sharedScheduler;

    private FleetScale(Map<String, String> options) {
        stack = options.getOrDefault("stack", "ours");
        n = Integer.parseInt(options.getOrDefault("n", "10000"));
        backendUrl = options.getOrDefault("backend", "ws://127.0.0.1:8180");
        rate = Integer.parseInt(options.getOrDefault("rate", "500"));
        heartbeatSeconds = Integer.parseInt(options.getOrDefault("heartbeat", "30"));
        steadySeconds = Integer.parseInt(options.getOrDefault("steady", "90"));
        schedulerMode = options.getOrDefault("scheduler", "loop");
        registryMode = options.getOrDefault("registry", "shared");
        holdSeconds = Integer.parseInt(options.getOrDefault("hold", "0"));
        if (!stack.equals("ours") && !stack.equals("javaoca")) {
            throw new IllegalArgumentException("stack must be ours or javaoca");
        }
    }

    private static String id(int i) {
        return String.format("CP-%05d", i + 1);
    }

    // ------------------------------------------------------------------ reactive-ocpp

    private void startOurs(int i) {
        SessionConfig config = SessionConfig.builder(backendUrl, id(i)).build();
        StoreWriter store = StoreWriter.inline(new MemoryQueueStore());
        OcppSession.Builder builder = switch (schedulerMode) {
            case "loop" -> OcppSession.builder(config, store);
            case "shared" -> OcppSession.builder(config, store, sharedScheduler);
            case "worker" -> OcppSession.builder(config, store, Schedulers.single(Schedulers.parallel()));
            default -> throw new IllegalArgumentException("scheduler must be loop, worker or shared");
        };
        if ("private".equals(registryMode)) {
            builder.meterRegistry(new SimpleMeterRegistry());
        }
        OcppSession session = builder.build();
        sessions[i] = session;
        boolean[] up = {false};
        session.connectionStates().subscribe(state -> {
            if (state.phase() == ConnectionState.Phase.CONNECTED && !up[0]) {
                up[0] = true;
                connected.incrementAndGet();
            } else if (state.phase() != ConnectionState.Phase.CONNECTED && up[0]) {
                up[0] = false;
                connected.decrementAndGet();
                disconnects.incrementAndGet();
            } else if (state.phase() == ConnectionState.Phase.WAITING) {
                connectFailures.incrementAndGet();
            }
        });
        session.start()
                .then(Mono.defer(() -> session.call(new BootNotificationRequest("ReactiveOCPP", "RX-22", null, null,
                        null, null, null, null, null))))
                .subscribe(boot -> {
                    if (boot.status() == RegistrationStatus.ACCEPTED) {
                        session.admit(true);
                        booted.incrementAndGet();
                        scheduleHeartbeats(i);
                    } else {
                        bootFailures.incrementAndGet();
                    }
                }, error -> bootFailures.incrementAndGet());
    }

    private void heartbeatOurs(int i) {
        long sent = System.nanoTime();
        boolean measured = measuring;
        sessions[i].call(HeartbeatRequest.INSTANCE).subscribe(answer -> answered(sent, measured),
                error -> heartbeatsFailed.incrementAndGet());
    }

    // ------------------------------------------------------------------ Java-OCA-OCPP

    private void startJavaOca(int i) {
        JSONClient client = JavaOcaChargePoints.client(id(i));
        clients[i] = client;
        if (!JavaOcaChargePoints.connect(client, backendUrl, JavaOcaChargePoints.counting(connected, disconnects))) {
            connectFailures.incrementAndGet();
            return;
        }
        try {
            client.send(new eu.chargetime.ocpp.model.core.BootNotificationRequest("ReactiveOCPP", "RX-22"))
                    .whenComplete((confirmation, error) -> {
                        if (error == null && ((eu.chargetime.ocpp.model.core.BootNotificationConfirmation) confirmation)
                                .getStatus() == eu.chargetime.ocpp.model.core.RegistrationStatus.Accepted) {
                            booted.incrementAndGet();
                            scheduleHeartbeats(i);
                        } else {
                            bootFailures.incrementAndGet();
                        }
                    });
        } catch (Exception e) {
            bootFailures.incrementAndGet();
        }
    }

    private void heartbeatJavaOca(int i) {
        long sent = System.nanoTime();
        boolean measured = measuring;
        try {
            clients[i].send(new eu.chargetime.ocpp.model.core.HeartbeatRequest()).whenComplete((answer, error) -> {
                if (error == null) {
                    answered(sent, measured);
                } else {
                    heartbeatsFailed.incrementAndGet();
                }
            });
        } catch (Exception e) {
            heartbeatsFailed.incrementAndGet();
        }
    }

    // ------------------------------------------------------------------ both

    private void scheduleHeartbeats(int i) {
        long period = TimeUnit.SECONDS.toMillis(heartbeatSeconds);
        long phase = ThreadLocalRandom.current().nextLong(period);
        Runnable heartbeat = stack.equals("ours") ? () -> heartbeatOurs(i) : () -> heartbeatJavaOca(i);
        driver.scheduleAtFixedRate(heartbeat, phase, period, TimeUnit.MILLISECONDS);
    }

    private void answered(long sent, boolean measured) {
        long latency = System.nanoTime() - sent;
        heartbeatsAnswered.incrementAndGet();
        if (measured && measuring) {
            latencies.record(latency);
        }
    }

    private void run() throws InterruptedException {
        if (stack.equals("ours")) {
            sessions = new OcppSession[n];
            if ("shared".equals(schedulerMode)) {
                sharedScheduler = Schedulers.newSingle("sessions");
            }
        } else {
            clients = new JSONClient[n];
        }
        System.out.printf("FleetScale %s: n=%d backend=%s rate=%d/s heartbeat=%d s steady=%d s%s; JDK %s, %d cores,"
                        + " max heap %s, pid %d%n", stack, n, backendUrl, rate, heartbeatSeconds, steadySeconds,
                stack.equals("ours") ? " scheduler=" + schedulerMode + " registry=" + registryMode : "",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), ProcessStats.mib(ProcessStats.heapMax()),
                ProcessHandle.current().pid());
        long baseThreads = ProcessStats.liveThreads();
        long baseHeap = ProcessStats.heapUsedAfterGc();
        long baseRss = ProcessStats.rss();
        System.out.printf("before: threads=%d heap after GC=%s rss=%s%n", baseThreads, ProcessStats.mib(baseHeap),
                ProcessStats.mib(baseRss));

        // the ramp
        long cpuRamp = ProcessStats.cpuNanos();
        long rampStart = System.nanoTime();
        Thread ramp = new Thread(() -> {
            for (int i = 0; i < n; i++) {
                long due = rampStart + i * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                try {
                    if (stack.equals("ours")) {
                        startOurs(i);
                    } else {
                        startJavaOca(i);
                    }
                } catch (RuntimeException e) {
                    connectFailures.incrementAndGet();
                }
                started.incrementAndGet();
            }
        }, "ramp");
        ramp.setDaemon(true);
        ramp.start();
        long deadline = rampStart + TimeUnit.SECONDS.toNanos(n / rate + 120);
        while (booted.get() + bootFailures.get() < n && System.nanoTime() < deadline) {
            Thread.sleep(5_000);
            progress("ramp");
        }
        double rampSeconds = (System.nanoTime() - rampStart) / 1e9;
        long rampCpu = ProcessStats.cpuNanos() - cpuRamp;
        System.out.printf("ramp done in %.1f s: started=%d connected=%d booted=%d, CPU %.1f s%n", rampSeconds,
                started.get(), connected.get(), booted.get(), rampCpu / 1e9);

        // settle for one heartbeat period, so that every charge point is heartbeating at its phase
        Thread.sleep(TimeUnit.SECONDS.toMillis(Math.min(heartbeatSeconds, 30)));
        progress("settled");

        // the steady period
        latencies = new Latencies(Math.max(1000, (int) ((long) n * steadySeconds / heartbeatSeconds * 2 + 1000)));
        long answeredBefore = heartbeatsAnswered.get();
        long failedBefore = heartbeatsFailed.get();
        int disconnectsBefore = disconnects.get();
        long cpuStart = ProcessStats.cpuNanos();
        long steadyStart = System.nanoTime();
        measuring = true;
        int peakThreadsSteady = 0;
        long steadyEnd = steadyStart + TimeUnit.SECONDS.toNanos(steadySeconds);
        while (System.nanoTime() < steadyEnd) {
            Thread.sleep(Math.min(5_000, Math.max(1, (steadyEnd - System.nanoTime()) / 1_000_000)));
            peakThreadsSteady = Math.max(peakThreadsSteady, ProcessStats.liveThreads());
        }
        measuring = false;
        double steadyWall = (System.nanoTime() - steadyStart) / 1e9;
        long steadyCpu = ProcessStats.cpuNanos() - cpuStart;
        long answered = heartbeatsAnswered.get() - answeredBefore;
        long failed = heartbeatsFailed.get() - failedBefore;
        int connectedNow = connected.get();
        int threads = ProcessStats.liveThreads();
        long rss = ProcessStats.rss();
        Latencies.Summary latency = latencies.summary();
        long heap = ProcessStats.heapUsedAfterGc();
        long rssAfterGc = ProcessStats.rss();

        System.out.println();
        System.out.printf("steady %.0f s: heartbeats answered=%d failed=%d (%.0f/s), disconnects=%d%n", steadyWall,
                answered, failed, answered / steadyWall, disconnects.get() - disconnectsBefore);
        System.out.println("threads by name: " + ProcessStats.threadGroups().entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        System.out.println();
        new FleetScaleRow(stack.equals("ours") ? "reactive-ocpp (" + schedulerMode + ", " + registryMode + " registry)"
                : "Java-OCA-OCPP 1.1.0", n, connectedNow, booted.get(), threads,
                Math.max(peakThreadsSteady, ProcessStats.peakThreads()), heap, rss, rssAfterGc, ProcessStats.peakRss(),
                steadyCpu / 1e9 / steadyWall * 100, answered / steadyWall, latency).print();
        System.out.printf("per charge point: heap %.1f KiB, RSS %.1f KiB (after GC, over the empty process)%n",
                (heap - baseHeap) / 1024.0 / n, (rssAfterGc - baseRss) / 1024.0 / n);
        System.out.flush();
        if (holdSeconds > 0) {
            System.out.println("holding for " + holdSeconds + " s (pid " + ProcessHandle.current().pid() + ")");
            Thread.sleep(TimeUnit.SECONDS.toMillis(holdSeconds));
        }
        Runtime.getRuntime().halt(0);
    }

    private void progress(String phase) {
        System.out.printf("%s %s: started=%d connected=%d booted=%d bootFailures=%d connectFailures=%d disconnects=%d"
                        + " hb=%d/%d threads=%d heap=%s rss=%s%n", Instant.now(), phase, started.get(), connected.get(),
                booted.get(), bootFailures.get(), connectFailures.get(), disconnects.get(), heartbeatsAnswered.get(),
                heartbeatsFailed.get(), ProcessStats.liveThreads(),
                ProcessStats.mib(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()),
                ProcessStats.mib(ProcessStats.rss()));
    }

    public static void main(String[] args) throws InterruptedException {
        new FleetScale(Options.parse(args)).run();
    }
}
