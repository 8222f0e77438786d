package io.reactiveocpp.bench.startup;

import io.reactiveocpp.bench.session.MinimalBackend;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The start race of issue 17: the service, Java-OCA-OCPP's bare client ({@link BareJavaOcaClient}) and the floor of
 * the service's own libraries ({@link BareReactorNettyClient}: Reactor Netty and Jackson alone) launched alternately
 * against one {@link MinimalBackend} on 127.0.0.1 (in this process), each with the systemd unit's
 * {@code JAVA_OPTS} and {@code MALLOC_ARENA_MAX=2} and a class-data sharing archive of its own (the service's
 * made by {@code deploy/create-cds-archive.sh}, the clients' by the same flags from one boot). Per run: the time
 * from launching {@code java} to the child's stdout line "BootNotification answered" as this process reads it,
 * and {@code VmRSS} 20 s after the launch. Then the service with two simulated connectors charging (plug and
 * card over its HTTP API): {@code VmRSS} 20 s after both started. Prints a Markdown table of medians (min–max).
 * {@code --compare-jar} races another build of the service in the same runs (the order rotates each run).
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.reactiveocpp.bench.startup.StartupRace --runs 5
 *      [--jar app/target/reactive-ocpp.jar] [--charging-runs 3] [--idle-seconds 20]
 *      [--compare-jar OTHER.jar --compare-label "before the cuts"]
 * </pre>
 */
public final class StartupRace {

    private final Map<String, String> options;
    private final Path work;
    private final MinimalBackend backend = MinimalBackend.start(0);
    private final List<String> javaOpts;
    private final String javaCommand = ProcessHandle.current().info().command().orElse("java");
    private final int idleMillis;

    private StartupRace(Map<String, String> options) throws IOException {
        this.options = options;
        work = Files.createTempDirectory("startup-race");
        javaOpts = UnitFlags.javaOpts(Path.of(option("unit", "deploy/reactive-ocpp.service")));
        idleMillis = Integer.parseInt(option("idle-seconds", "20")) * 1000;
    }

    public static void main(String[] args) throws Exception {
        new StartupRace(DashOptions.parse(args)).run();
        System.exit(0);
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private void run() throws Exception {
        String jar = Path.of(option("jar", "app/target/reactive-ocpp.jar")).toAbsolutePath().toString();
        String benchJar = Path.of(option("bench-jar", "benchmarks/target/benchmarks.jar")).toAbsolutePath().toString();
        int runs = Integer.parseInt(option("runs", "5"));
        System.out.println("work directory " + work + ", backend " + backend.url() + ", JAVA_OPTS " + javaOpts);
        Path serviceArchive = work.resolve("service.jsa");
        Child.launch(List.of("sh", option("cds-script", "deploy/create-cds-archive.sh"), jar, serviceArchive.toString()),
                Map.of(), "wrote").waitFor(300);
        Path peerArchive = work.resolve("peer.jsa");
        Child.launch(command(List.of("-XX:ArchiveClassesAtExit=" + peerArchive, "-Xmx64m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", benchJar, BareJavaOcaClient.class.getName(), backend.url(), "CP-CDS",
                "--exit-after-boot")), Map.of(), BareJavaOcaClient.ANSWERED).waitFor(120);
        Path floorArchive = work.resolve("floor.jsa");
        Child.launch(command(List.of("-XX:ArchiveClassesAtExit=" + floorArchive, "-Xmx64m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", benchJar, BareReactorNettyClient.class.getName(), backend.url(),
                "CP-CDS", "--exit-after-boot")), Map.of(), BareJavaOcaClient.ANSWERED).waitFor(120);
        List<Subject> subjects = new ArrayList<>();
        subjects.add(new Subject("the service (2 simulated connectors, SQLite, HTTP interface, metrics)",
                service(jar, serviceArchive, Files.createDirectories(work.resolve("data")), List.of())));
        subjects.add(new Subject("Java-OCA-OCPP's bare client", command(withArchive(peerArchive, List.of("-cp", benchJar,
                BareJavaOcaClient.class.getName(), backend.url(), "CP-PEER")))));
        subjects.add(new Subject("the floor: Reactor Netty's WebSocket client and Jackson alone", command(withArchive(
                floorArchive, List.of("-cp", benchJar, BareReactorNettyClient.class.getName(), backend.url(),
                        "CP-FLOOR")))));
        if (options.containsKey("compare-jar")) {
            // another build of the service (e.g. the one before a change), in the same runs, with its own archive
            String other = Path.of(options.get("compare-jar")).toAbsolutePath().toString();
            Path otherArchive = work.resolve("compare.jsa");
            Child.launch(List.of("sh", option("cds-script", "deploy/create-cds-archive.sh"), other,
                    otherArchive.toString()), Map.of(), "wrote").waitFor(300);
            subjects.add(new Subject("the service, " + option("compare-label", Path.of(other).getFileName().toString()),
                    service(other, otherArchive, Files.createDirectories(work.resolve("data-compare")), List.of())));
        }
        // the first start generates the admin password into the data directory; not counted, nor the others' first
        for (Subject subject : subjects) {
            once(subject.command, false);
        }
        Instant from = Instant.now();
        for (int i = 0; i < runs; i++) {
            // which one goes first rotates too, so that a drift of the machine's speed hits all alike
            for (int k = 0; k < subjects.size(); k++) {
                Subject subject = subjects.get((i + k) % subjects.size());
                double[] figures = once(subject.command, true);
                subject.start.add(figures[0]);
                subject.rss.add(figures[1]);
                System.out.printf("run %d %s: %.0f ms, %.1f MiB%n", i + 1, subject.name, figures[0], figures[1]);
            }
        }
        Spread charging = new Spread();
        int chargingRuns = Integer.parseInt(option("charging-runs", "3"));
        for (int i = 0; i < chargingRuns; i++) {
            charging.add(ChargingRun.rss(this::launchCharging, work.resolve("charging-" + i), idleMillis));
            System.out.printf("charging run %d: %.1f MiB%n", i + 1, charging.median());
        }
        System.out.printf("%n%s to %s, %d runs each, load average now %s%n", from, Instant.now(), runs,
                Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.println("| | launch → BootNotification answered | RSS " + idleMillis / 1000 + " s after launch |");
        System.out.println("|---|---:|---:|");
        for (Subject subject : subjects) {
            System.out.println("| " + subject.name + " | " + subject.start.format("%.0f") + " ms | "
                    + subject.rss.format("%.1f") + " MiB |");
        }
        System.out.println("| the service, two connectors charging (RSS " + idleMillis / 1000
                + " s after both started) | | " + charging.format("%.1f") + " MiB |");
    }

    /** One of the JVMs raced, with its figures. */
    private record Subject(String name, List<String> command, Spread start, Spread rss) {
        Subject(String name, List<String> command) {
            this(name, command, new Spread(), new Spread());
        }
    }

    /** One launch: milliseconds to the answered boot and MiB resident 20 s after the launch (or none). */
    private double[] once(List<String> command, boolean measure) throws Exception {
        try (Child child = Child.launch(command, Map.of("MALLOC_ARENA_MAX", "2"), BareJavaOcaClient.ANSWERED)) {
            double millis = child.millisToMarker(60);
            if (!measure) {
                return null;
            }
            child.awaitSinceLaunch(idleMillis);
            return new double[] {millis, child.rssMiB()};
        }
    }

    /** The service with its HTTP interface on {@code port} and this admin password file (charging runs). */
    private Child launchCharging(Path dataDir, int port, Path passwordFile) throws IOException {
        Files.createDirectories(dataDir);
        String jar = Path.of(option("jar", "app/target/reactive-ocpp.jar")).toAbsolutePath().toString();
        List<String> command = service(jar, work.resolve("service.jsa"), dataDir,
                List.of("--http-port", Integer.toString(port), "--admin-password-file", passwordFile.toString()));
        return Child.launch(command, Map.of("MALLOC_ARENA_MAX", "2"), BareJavaOcaClient.ANSWERED);
    }

    private List<String> service(String jar, Path archive, Path dataDir, List<String> extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("-jar", jar, "--backend", backend.url(), "--id", "CP-SERVICE",
                "--data-dir", dataDir.toString(), "--hal", "sim", "--connectors", "2"));
        args.addAll(extra.isEmpty() ? List.of("--http-port", Integer.toString(freePort())) : extra);
        return command(withArchive(archive, args));
    }

    private List<String> withArchive(Path archive, List<String> args) {
        List<String> all = new ArrayList<>();
        for (String flag : javaOpts) {
            all.add(flag.startsWith("-XX:SharedArchiveFile=") ? "-XX:SharedArchiveFile=" + archive : flag);
        }
        all.addAll(args);
        return all;
    }

    private List<String> command(List<String> args) {
        List<String> all = new ArrayList<>(List.of(javaCommand));
        all.addAll(args);
        return all;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String toString() {
        return "StartupRace" + Arrays.asList(work, backend.url());
    }
}
