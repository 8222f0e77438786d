package io.reactiveocpp.app.systemd;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The service's side of systemd's {@code Type=notify}: {@link #ready} once the local interface is bound and the
 * charge point started (a charger without its backend is still ready: it charges offline), {@link #status} for
 * what the operator sees in {@code systemctl status}, {@link #stopping} on shutdown, and the watchdog
 * ({@link #watchdog}). Without {@code NOTIFY_SOCKET} (tests, a shell, another supervisor) every method does
 * nothing.
 */
public final class SystemdNotify {

    private static final Logger LOG = LoggerFactory.getLogger(SystemdNotify.class);

    private final Consumer<String> socket;
    private final Duration watchdogInterval;

    /**
     * @param socket           sends one message; {@code null}: not under systemd, nothing is sent
     * @param watchdogInterval systemd's {@code WATCHDOG_USEC}; {@code null}: no watchdog
     */
    public SystemdNotify(Consumer<String> socket, Duration watchdogInterval) {
        if (watchdogInterval != null && (watchdogInterval.isNegative() || watchdogInterval.isZero())) {
            throw new IllegalArgumentException("WATCHDOG_USEC: must be positive, was " + watchdogInterval);
        }
        this.socket = socket;
        this.watchdogInterval = socket == null ? null : watchdogInterval;
    }

    /**
     * From the process environment: {@code NOTIFY_SOCKET}, {@code WATCHDOG_USEC} and {@code WATCHDOG_PID} (the
     * watchdog is this process's only if the pid is ours or absent). A bad value is logged, naming the variable,
     * and that part is off; it never stops the service.
     */
    public static SystemdNotify fromEnvironment(Map<String, String> env) {
        String address = env.get("NOTIFY_SOCKET");
        if (address == null || address.isEmpty()) {
            return new SystemdNotify(null, null);
        }
        Consumer<String> socket;
        try {
            socket = NotifySocket.to(address);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("no systemd notifications: {}", e.getMessage());
            return new SystemdNotify(null, null);
        }
        return new SystemdNotify(socket, watchdogInterval(env));
    }

    private static Duration watchdogInterval(Map<String, String> env) {
        String usec = env.get("WATCHDOG_USEC");
        String pid = env.get("WATCHDOG_PID");
        if (usec == null || pid != null && !pid.equals(Long.toString(ProcessHandle.current().pid()))) {
            return null;
        }
        try {
            long micros = Long.parseLong(usec);
            if (micros > 0) {
                return Duration.ofNanos(micros * 1000);
            }
        } catch (NumberFormatException e) {
            // logged below
        }
        LOG.error("WATCHDOG_USEC: not a positive number of microseconds: {}; no watchdog", usec);
        return null;
    }

    /** Whether the service runs under systemd's notify protocol. */
    public boolean enabled() {
        return socket != null;
    }

    /** systemd's watchdog timeout, if it has one for this process. */
    public Optional<Duration> watchdogInterval() {
        return Optional.ofNullable(watchdogInterval);
    }

    /** {@code READY=1} with a status line. */
    public void ready(String status) {
        send("READY=1\nSTATUS=" + status.replace('\n', ' '));
    }

    /** A {@code STATUS=} line (one line: newlines become spaces). */
    public void status(String status) {
        send("STATUS=" + status.replace('\n', ' '));
    }

    /** {@code STOPPING=1}: the shutdown has begun. */
    public void stopping() {
        send("STOPPING=1\nSTATUS=stopping");
    }

    /**
     * Pets systemd's watchdog every half of its timeout while {@code loop} runs its tasks: each tick (on
     * {@code timer}) asks the current loop to send {@code WATCHDOG=1}; while a tick is still waiting there, no
     * other is added, so a stuck loop sends nothing and systemd restarts the service. A {@code null} loop (the
     * charge point between an in-process restart's two runtimes) skips the tick.
     *
     * @return stops the petting; nothing to stop without a watchdog
     */
    public Disposable watchdog(Supplier<Scheduler> loop, Scheduler timer) {
        if (watchdogInterval == null) {
            return Disposables.disposed();
        }
        Duration period = watchdogInterval.dividedBy(2);
        LOG.info("systemd watchdog: {} ms, petted every {} ms from the engine's thread", watchdogInterval.toMillis(),
                period.toMillis());
        return new WatchdogPets(loop, () -> send("WATCHDOG=1")).start(period, timer);
    }

    /** {@link #watchdog(Supplier, Scheduler)} on Reactor's parallel timer. */
    public Disposable watchdog(Supplier<Scheduler> loop) {
        return watchdog(loop, Schedulers.parallel());
    }

    private void send(String message) {
        if (socket != null) {
            socket.accept(message);
        }
    }
}
