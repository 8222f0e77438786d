package io.reactiveocpp.app.systemd;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The notify protocol's messages and the watchdog's cadence, in virtual time, on a fake socket. */
class SystemdNotifyTest {

    private final List<String> sent = new ArrayList<>();
    private final VirtualTimeScheduler timer = VirtualTimeScheduler.create();

    @Test
    void petsTheWatchdogEveryHalfOfItsTimeoutThroughTheLoop() {
        SystemdNotify systemd = new SystemdNotify(sent::add, Duration.ofSeconds(10));
        Disposable watchdog = systemd.watchdog(Schedulers::immediate, timer);

        assertThat(sent).containsExactly("WATCHDOG=1");
        timer.advanceTimeBy(Duration.ofMillis(4999));
        assertThat(sent).hasSize(1);
        timer.advanceTimeBy(Duration.ofMillis(1));
        assertThat(sent).hasSize(2);
        timer.advanceTimeBy(Duration.ofSeconds(25));
        assertThat(sent).hasSize(7).containsOnly("WATCHDOG=1");

        watchdog.dispose();
        timer.advanceTimeBy(Duration.ofMinutes(1));
        assertThat(sent).hasSize(7);
    }

    @Test
    void aBlockedLoopSendsNoWatchdogAndOnceFreePetsOnce() {
        Queue<Runnable> held = new ArrayDeque<>(); // a loop that never gets to its tasks
        Scheduler blocked = Schedulers.fromExecutor(held::add);
        SystemdNotify systemd = new SystemdNotify(sent::add, Duration.ofSeconds(10));
        systemd.watchdog(() -> blocked, timer);

        timer.advanceTimeBy(Duration.ofMinutes(1));
        assertThat(sent).isEmpty();
        assertThat(held).as("one pet waits, not one per tick").hasSize(1);

        held.poll().run(); // the loop is free again
        assertThat(sent).containsExactly("WATCHDOG=1");
        timer.advanceTimeBy(Duration.ofSeconds(5));
        assertThat(held).hasSize(1);
    }

    @Test
    void aPetLostWithItsDisposedLoopDoesNotHoldBackTheNextLoops() {
        Queue<Runnable> dropped = new ArrayDeque<>(); // the old runtime's engine: its pending task never runs
        Scheduler[] engine = {Schedulers.fromExecutor(dropped::add)};
        SystemdNotify systemd = new SystemdNotify(sent::add, Duration.ofSeconds(10));
        systemd.watchdog(() -> engine[0], timer);
        assertThat(dropped).hasSize(1);

        engine[0] = Schedulers.immediate(); // an in-process restart: a new engine
        timer.advanceTimeBy(Duration.ofSeconds(5));

        assertThat(sent).containsExactly("WATCHDOG=1");
    }

    @Test
    void noLoopBetweenTwoRuntimesSkipsTheTick() {
        SystemdNotify systemd = new SystemdNotify(sent::add, Duration.ofSeconds(2));
        systemd.watchdog(() -> null, timer);

        timer.advanceTimeBy(Duration.ofSeconds(10));
        assertThat(sent).isEmpty();
    }

    @Test
    void readyStatusAndStoppingAreTheProtocolsLines() {
        SystemdNotify systemd = new SystemdNotify(sent::add, null);
        systemd.ready("charge point CP-1 started");
        systemd.status("two\nlines");
        systemd.stopping();

        assertThat(sent).containsExactly("READY=1\nSTATUS=charge point CP-1 started", "STATUS=two lines",
                "STOPPING=1\nSTATUS=stopping");
        assertThat(systemd.watchdog(Schedulers::immediate, timer).isDisposed()).as("no watchdog configured").isTrue();
    }

    @Test
    void withoutNotifySocketNothingIsSentAndThereIsNoWatchdog() {
        SystemdNotify systemd = SystemdNotify.fromEnvironment(Map.of("WATCHDOG_USEC", "1000000"));

        assertThat(systemd.enabled()).isFalse();
        assertThat(systemd.watchdogInterval()).isEmpty();
        systemd.ready("x"); // no socket: nothing to fail
    }

    @Test
    void theWatchdogIsOnlyOursWithOurPidAndAPositiveTimeout() {
        String socket = "@reactive-ocpp-test-unused";
        String ours = Long.toString(ProcessHandle.current().pid());

        assertThat(SystemdNotify.fromEnvironment(Map.of("NOTIFY_SOCKET", socket, "WATCHDOG_USEC", "30000000",
                "WATCHDOG_PID", ours)).watchdogInterval()).contains(Duration.ofSeconds(30));
        assertThat(SystemdNotify.fromEnvironment(Map.of("NOTIFY_SOCKET", socket, "WATCHDOG_USEC", "30000000",
                "WATCHDOG_PID", "1")).watchdogInterval()).isEmpty();
        assertThat(SystemdNotify.fromEnvironment(Map.of("NOTIFY_SOCKET", socket, "WATCHDOG_USEC", "thirty"))
                .watchdogInterval()).isEmpty();
        assertThat(SystemdNotify.fromEnvironment(Map.of("NOTIFY_SOCKET", socket, "WATCHDOG_USEC", "0"))
                .watchdogInterval()).isEmpty();
    }

    @Test
    void aNotifySocketThatIsNoUnixAddressIsRefusedNamingTheVariable() {
        assertThat(SystemdNotify.fromEnvironment(Map.of("NOTIFY_SOCKET", "relative/path")).enabled()).isFalse();
        assertThatThrownBy(() -> NotifySocket.to("relative/path")).hasMessageContaining("NOTIFY_SOCKET");
    }
}
