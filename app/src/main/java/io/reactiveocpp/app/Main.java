package io.reactiveocpp.app;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.reactiveocpp.app.demo.DemoBackend;
import io.reactiveocpp.app.demo.DemoScript;
import io.reactiveocpp.app.fleet.Fleet;
import io.reactiveocpp.app.fleet.FleetLimits;
import io.reactiveocpp.app.fleet.FleetSettings;
import io.reactiveocpp.app.fleet.SourceAddresses;
import io.reactiveocpp.app.logs.LogFiles;
import io.reactiveocpp.app.systemd.SystemdNotify;
import io.reactiveocpp.app.web.AdminPassword;
import io.reactiveocpp.app.web.LocalHttpServer;
import io.reactiveocpp.app.web.PasswordHash;
import io.reactiveocpp.codec.type.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code java -jar app/target/reactive-ocpp.jar [options]}: the charge controller service.
 *
 * <p>Exit codes: 0 normal end, 1 bad configuration or failure, {@value #RESTART_EXIT_CODE} a restart was
 * requested (Reset, TcpWatchdogTimeout) with {@code --restart-mode exit}: a supervisor such as systemd
 * should start the service again.
 */
@Command(name = "reactive-ocpp", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
        description = "An OCPP 1.6J charge point: connects to a backend, or with --demo runs a charging session "
                + "against a built-in demo backend on simulated hardware.")
public final class Main implements Callable<Integer> {

    /** Exit code asking the supervisor for a restart ({@code --restart-mode exit}). */
    public static final int RESTART_EXIT_CODE = 75;
    /** The longest the local HTTP interface waits at start for the first connection attempt to settle. */
    static final Duration HTTP_WAIT_CAP = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    @Option(names = "--config", description = "YAML configuration file") Path config;
    @Option(names = "--backend", description = "BackendUrl: ws:// or wss://, without the ChargePointID") String backend;
    @Option(names = "--id", description = "ChargePointID (ChargeBoxIdentity)") String id;
    @Option(names = "--data-dir", description = "directory of the SQLite databases and state") Path dataDir;
    @Option(names = "--http-port", description = "port of the local HTTP interface (0: none)") Integer httpPort;
    @Option(names = "--hal", description = "sim or pi4j") String hal;
    @Option(names = "--connectors", description = "number of connectors") Integer connectors;
    @Option(names = "--admin-password", description = "password of the local HTTP interface (user admin); shows in ps: "
            + "prefer --admin-password-file") String adminPassword;
    @Option(names = "--admin-password-file", description = "file whose first line is the admin password")
    Path adminPasswordFile;
    @Option(names = "--restart-mode", description = "in-process (default) or exit") String restartMode;
    @Option(names = "--logs-max-total-size", description = "bound of the rolling log files in DATA_DIR/logs/, e.g. 50MB")
    String logsMaxTotalSize;
    @Option(names = "--demo", description = "run a scripted charging session; without --backend against a built-in demo backend")
    boolean demo;
    @Option(names = "--demo-seconds", defaultValue = "20", description = "how long the demo EV charges") int demoSeconds;
    @Option(names = "--fleet", description = "run N virtual charge points on simulated hardware (load-testing a backend)")
    Integer fleet;
    @Option(names = "--id-prefix", defaultValue = "CP-", description = "fleet: ChargePointID prefix, numbered from 1")
    String idPrefix;
    @Option(names = "--sessions-per-hour", defaultValue = "1", description = "fleet: sessions per charge point and hour")
    double sessionsPerHour;
    @Option(names = "--energy-per-session", defaultValue = "10", description = "fleet: kWh charged per session")
    double energyPerSession;
    @Option(names = "--ramp-rate", defaultValue = "100", description = "fleet: charge points started per second")
    int rampRate;
    @Option(names = "--fleet-seconds", defaultValue = "0", description = "fleet: stop after this long (0: until SIGTERM)")
    int fleetSeconds;
    @Option(names = "--source-address", description = "fleet: local addresses the links come from, e.g. "
            + "127.0.0.1,127.0.0.2 (one address has 28,232 ephemeral ports)")
    List<String> sourceAddresses;

    public static void main(String[] args) {
        // Netty's JFR events load the flight recorder's classes at start (several MB on a small board); on with
        // -Dio.netty.jfr.enabled=true
        if (System.getProperty("io.netty.jfr.enabled") == null) {
            System.setProperty("io.netty.jfr.enabled", "false");
        }
        // a plain command line without picocli (see FastArguments); help, version and mistakes go to picocli
        Main main = new Main();
        System.exit(FastArguments.apply(main, args) ? main.run() : new CommandLine(new Main()).execute(args));
    }

    /** {@link #call()} as picocli runs it: an exception is printed and ends the process with 1. */
    private int run() {
        try {
            return call();
        } catch (Exception e) {
            e.printStackTrace();
            return 1;
        }
    }

    @Override
    public Integer call() throws Exception {
        Settings settings;
        try {
            settings = SettingsLoader.load(new SettingsLoader.Overrides(config, backend,
                    id == null && demo ? "DEMO-CP-1" : id == null && fleet != null ? idPrefix : id,
                    dataDir, httpPort, hal, connectors, adminPassword, restartMode, adminPasswordFile, logsMaxTotalSize),
                    System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("configuration error: " + e.getMessage());
            return 1;
        }
        if (demo) {
            settings = settings.forDemo();
        }
        DemoBackend demoBackend = null;
        String backendUrl = settings.backendUrl();
        if (backendUrl == null && (demo || fleet != null)) {
            if (fleet != null && !demo) {
                System.err.println("configuration error: no backend: give --backend URL (or --demo)");
                return 1;
            }
            demoBackend = DemoBackend.start(0);
            backendUrl = demoBackend.url();
            LOG.info("demo backend listening at {}", backendUrl);
        }
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        if (fleet != null) {
            try {
                return runFleet(settings, backendUrl, registry);
            } catch (IllegalArgumentException e) {
                System.err.println("configuration error: " + e.getMessage());
                return 1;
            } finally {
                if (demoBackend != null) {
                    demoBackend.close();
                }
            }
        }
        LogFiles logFiles;
        try {
            logFiles = LogFiles.install(settings.dataDir(), settings.logsMaxTotalSize());
        } catch (java.io.UncheckedIOException e) {
            System.err.println("configuration error: " + e.getMessage());
            return 1;
        }
        // PBKDF2 takes a fraction of a second: hashed beside the boot; the HTTP interface gets only the hash, of
        // the configured password or else of the one stored in (or generated into) the data directory
        Settings chosen = settings;
        CompletableFuture<PasswordHash> passwordHash = settings.httpPort() == 0 ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> AdminPassword.resolve(chosen.adminPassword(), chosen.dataDir()));
        AtomicReference<ChargePointRuntime> current = new AtomicReference<>();
        SystemdNotify systemd = SystemdNotify.fromEnvironment(System.getenv());
        Disposable watchdog = null;
        LocalHttpServer http = null;
        int exit = 0;
        Reason recovery = Reason.POWER_LOSS;
        try {
            while (true) {
                CountDownLatch restart = new CountDownLatch(1);
                ChargePointRuntime runtime = new ChargePointRuntime(settings, backendUrl, registry, restart::countDown);
                Thread hook = new Thread(() -> {
                    LOG.info("stopping: closing the connection and flushing the queue");
                    systemd.stopping();
                    runtime.close();
                }, "shutdown");
                Runtime.getRuntime().addShutdownHook(hook);
                runtime.start(recovery);
                current.set(runtime);
                if (http == null && settings.httpPort() != 0) {
                    // its classes and its socket stay off the way to the first BootNotification (on a small board
                    // they would take a core from it): bound once the boot is answered or the first attempt failed,
                    // at most HTTP_WAIT_CAP after the start
                    runtime.firstAttemptSettled().timeout(HTTP_WAIT_CAP, Mono.empty()).block();
                    try {
                        http = LocalHttpServer.start(settings.httpBinding(), settings.hal().equals("sim"),
                                join(passwordHash), current::get, registry);
                    } catch (IllegalArgumentException e) {
                        if (!demo) {
                            Runtime.getRuntime().removeShutdownHook(hook);
                            runtime.close();
                            throw e;
                        }
                        LOG.warn("{}; the demo runs without it", e.getMessage());
                    }
                }
                if (watchdog == null) { // the HTTP interface bound, the charge point started: ready, backend or not
                    systemd.ready("charge point " + settings.chargePointId() + " started");
                    watchdog = systemd.watchdog(() -> {
                        ChargePointRuntime running = current.get();
                        return running == null ? null : running.engineScheduler();
                    });
                } else {
                    systemd.status("charge point " + settings.chargePointId() + " restarted");
                }
                if (demo) {
                    DemoScript.run(runtime, Duration.ofSeconds(demoSeconds)).block(Duration.ofMinutes(5));
                    Runtime.getRuntime().removeShutdownHook(hook);
                    runtime.close();
                    return 0;
                }
                restart.await();
                current.set(null);
                Runtime.getRuntime().removeShutdownHook(hook);
                runtime.close();
                if (settings.restartMode().equals("exit")) {
                    LOG.info("restart requested: exiting with {} for the supervisor", RESTART_EXIT_CODE);
                    systemd.stopping();
                    exit = RESTART_EXIT_CODE;
                    break;
                }
                LOG.info("restart requested: rebuilding the charge point from its persisted state");
                recovery = Reason.REBOOT;
            }
        } catch (IllegalArgumentException e) {
            System.err.println("configuration error: " + e.getMessage());
            return 1;
        } finally {
            if (watchdog != null) {
                watchdog.dispose();
            }
            if (http != null) {
                http.close();
            }
            if (demoBackend != null) {
                demoBackend.close();
            }
            logFiles.close();
        }
        return exit;
    }

    /** The admin password's hash; a bad stored hash or an unwritable data directory is a configuration error. */
    private static PasswordHash join(CompletableFuture<PasswordHash> hash) {
        try {
            return hash.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                throw bad;
            }
            throw e;
        }
    }

    /** {@code --fleet N}: the virtual charge points and the HTTP interface's /metrics, until stopped. */
    private int runFleet(Settings settings, String backendUrl, PrometheusMeterRegistry registry) throws InterruptedException {
        FleetSettings fleetSettings = new FleetSettings(fleet, idPrefix, sessionsPerHour, energyPerSession * 1000,
                rampRate, 1L, SourceAddresses.parse(sourceAddresses));
        if (!settings.hal().equals("sim")) {
            throw new IllegalArgumentException("fleet: the virtual charge points run on simulated hardware only (--hal sim)");
        }
        FleetLimits.checkHeap(fleetSettings, Runtime.getRuntime().maxMemory());
        FleetLimits.checkDescriptors(fleetSettings, FleetLimits.maxDescriptors());
        PasswordHash password = settings.httpPort() == 0 ? null
                : AdminPassword.resolve(settings.adminPassword(), settings.dataDir());
        Fleet running = Fleet.start(fleetSettings, settings.ocpp(), backendUrl, settings.simTimeScale(), registry);
        LocalHttpServer http;
        try {
            http = password == null ? null
                    : LocalHttpServer.startFleet(settings.httpBinding(), password, registry, running);
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            LOG.info("stopping the fleet: closing every connection");
            running.close();
            done.countDown();
        }, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (fleetSeconds > 0) {
                if (!done.await(fleetSeconds, java.util.concurrent.TimeUnit.SECONDS)) {
                    Runtime.getRuntime().removeShutdownHook(hook);
                    running.close();
                }
            } else {
                done.await();
            }
        } finally {
            if (http != null) {
                http.close();
            }
        }
        return 0;
    }
}
