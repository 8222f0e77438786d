package io.reactiveocpp.bench.fleet;

import io.reactiveocpp.bench.startup.Child;
import io.reactiveocpp.bench.startup.DashOptions;
import io.reactiveocpp.bench.startup.Spread;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The fleet figures of issue 18, from the outside: per run a {@code MinimalBackend} in a process of its own and the
 * service's {@code --fleet N} in another (both on 127.0.0.1), the ramp until every member is booted (read from
 * {@code GET /api/fleet}), a settle time, then a steady window: CPU of the fleet process over the window
 * ({@code /proc/PID/stat}), the Heartbeat round trips of the window (the bucket bounds of the fleet's own histogram
 * under which 50 % and 99 % fall), links that came up more than once over the whole run ({@code
 * ocpp_connect_attempts_total{outcome="connected"}} minus N: the backend never closes one), members charging; then
 * heap after a full collection ({@code jcmd}), per member, RSS and threads. Prints one line per run and the medians
 * (min–max).
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.reactiveocpp.bench.fleet.FleetRun --members 10000 --heap 1g \
 *      [--runs 3] [--sessions-per-hour 0] [--energy-per-session 10] [--ramp-rate 500] [--settle 30] [--steady 120]
 *      [--source-address 127.0.0.1,127.0.0.2] [--jar app/target/reactive-ocpp.jar] [--java-opts "-XX:+UseG1GC"]
 * </pre>
 */
public final class FleetRun {

    private static final String PASSWORD = "fleet-run-secret";
    private final Map<String, String> options;
    private final Map<String, Spread> figures = new LinkedHashMap<>();

    private FleetRun(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new FleetRun(DashOptions.parse(args)).run();
        System.exit(0);
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private void run() throws Exception {
        int runs = Integer.parseInt(option("runs", "3"));
        Instant from = Instant.now();
        for (int i = 1; i <= runs; i++) {
            Map<String, Double> one = once();
            StringBuilder line = new StringBuilder("run " + i + ":");
            one.forEach((name, value) -> {
                figures.computeIfAbsent(name, n -> new Spread()).add(value);
                line.append(String.format(Locale.ROOT, " %s=%.2f", name, value));
            });
            System.out.println(line);
        }
        System.out.printf("%n%s to %s, %d runs, %s members, heap %s, sessions/h %s, load average now %s%n", from,
                Instant.now(), runs, option("members", "?"), option("heap", "?"), option("sessions-per-hour", "0"),
                Files.readString(Path.of("/proc/loadavg")).trim());
        figures.forEach((name, spread) -> System.out.println("| " + name + " | " + spread.format("%.2f") + " |"));
    }

    /** One run: the backend, the fleet, the ramp, settle, steady window, heap; both processes stopped after. */
    private Map<String, Double> once() throws Exception {
        int members = Integer.parseInt(option("members", "1000"));
        int backendPort = freePort();
        int httpPort = freePort();
        Path data = Files.createTempDirectory("fleet-run");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String benchJar = Path.of(option("bench-jar", "benchmarks/target/benchmarks.jar")).toAbsolutePath().toString();
        String jar = Path.of(option("jar", "app/target/reactive-ocpp.jar")).toAbsolutePath().toString();
        Map<String, Double> result = new LinkedHashMap<>();
        try (Child backend = Child.launch(List.of(java, "-Xmx2g", "-cp", benchJar,
                "io.reactiveocpp.bench.session.MinimalBackend", Integer.toString(backendPort)), Map.of(), "listening")) {
            backend.millisToMarker(60);
            List<String> command = new ArrayList<>(List.of(java, "-Xmx" + option("heap", "1g")));
            for (String opt : option("java-opts", "").split(" ")) {
                if (!opt.isBlank()) {
                    command.add(opt);
                }
            }
            command.addAll(List.of("-jar", jar, "--fleet", Integer.toString(members),
                    "--backend", "ws://127.0.0.1:" + backendPort, "--sessions-per-hour", option("sessions-per-hour", "0"),
                    "--energy-per-session", option("energy-per-session", "10"), "--ramp-rate", option("ramp-rate", "500"),
                    "--http-port", Integer.toString(httpPort), "--admin-password", PASSWORD,
                    "--data-dir", data.toString()));
            if (options.containsKey("source-address")) {
                command.addAll(List.of("--source-address", options.get("source-address")));
            }
            try (Child fleet = Child.launch(command, Map.of(), "fleet:")) {
                fleet.millisToMarker(60);
                FleetProbe probe = new FleetProbe(httpPort, PASSWORD, fleet.pid());
                long start = System.nanoTime();
                long deadline = start + TimeUnit.SECONDS.toNanos(members / Integer.parseInt(option("ramp-rate", "500")) + 600);
                System.out.println("fleet pid " + fleet.pid() + ", backend pid " + backend.pid() + ", ramp started");
                int booted;
                while ((booted = probe.report("booted")) < members) {
                    if ((System.nanoTime() - start) / 1_000_000_000 % 10 == 0) {
                        System.out.println("booted " + booted + " of " + members);
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("not all booted: " + probe.get("/api/fleet?slowest=5")
                                + "\n" + fleet.output());
                    }
                    TimeUnit.SECONDS.sleep(1);
                }
                result.put("seconds to all booted", (System.nanoTime() - start) / 1e9);
                TimeUnit.SECONDS.sleep(Integer.parseInt(option("settle", "30")));
                int steady = Integer.parseInt(option("steady", "120"));
                String before = probe.get("/metrics");
                double cpuBefore = probe.cpuSeconds();
                TimeUnit.SECONDS.sleep(steady);
                double cpuAfter = probe.cpuSeconds();
                String after = probe.get("/metrics");
                result.put("CPU % of one core (steady)", (cpuAfter - cpuBefore) / steady * 100);
                var hbBefore = FleetProbe.buckets(before, "Heartbeat");
                var hbAfter = FleetProbe.buckets(after, "Heartbeat");
                result.put("Heartbeats answered (steady)", hbAfter.getOrDefault(Double.POSITIVE_INFINITY, 0.0)
                        - hbBefore.getOrDefault(Double.POSITIVE_INFINITY, 0.0));
                double count = FleetProbe.sum(after, "ocpp_call_roundtrip_seconds_count", "action=\"Heartbeat\"")
                        - FleetProbe.sum(before, "ocpp_call_roundtrip_seconds_count", "action=\"Heartbeat\"");
                double seconds = FleetProbe.sum(after, "ocpp_call_roundtrip_seconds_sum", "action=\"Heartbeat\"")
                        - FleetProbe.sum(before, "ocpp_call_roundtrip_seconds_sum", "action=\"Heartbeat\"");
                result.put("Heartbeat mean ms", count > 0 ? seconds / count * 1000 : Double.NaN);
                result.put("Heartbeat p50 ≤ ms", FleetProbe.quantile(hbBefore, hbAfter, 0.5) * 1000);
                result.put("Heartbeat p99 ≤ ms", FleetProbe.quantile(hbBefore, hbAfter, 0.99) * 1000);
                result.put("MeterValues sent (steady)",
                        FleetProbe.sum(after, "ocpp_calls_sent_total", "action=\"MeterValues\"")
                                - FleetProbe.sum(before, "ocpp_calls_sent_total", "action=\"MeterValues\""));
                result.put("links up more than once (whole run)",
                        FleetProbe.sum(after, "ocpp_connect_attempts_total", "outcome=\"connected\"") - members);
                result.put("charging (end)", (double) probe.report("charging"));
                result.put("threads", (double) probe.status("Threads"));
                double heap = probe.heapAfterFullGcMiB();
                result.put("heap after full GC MiB", heap);
                result.put("KiB per member", heap * 1024 / members);
                result.put("RSS MiB", probe.status("VmRSS") / 1024.0);
                if (!options.containsKey("quiet")) {
                    System.out.println(after.lines().filter(l -> l.startsWith("fleet_") || l.startsWith("event_loop")
                            || l.startsWith("jvm_gc_pause_seconds")).reduce("", (a, b) -> a + b + "\n"));
                }
            }
        }
        return result;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
