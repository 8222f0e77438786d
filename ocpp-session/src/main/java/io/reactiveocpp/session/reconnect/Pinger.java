package io.reactiveocpp.session.reconnect;

import io.reactiveocpp.session.transport.Link;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code WebSocketPingInterval} on the link that is up: a ping every interval; a link with no pong by the next ping
 * is most likely half-open and given up, unless the {@link StallGuard} excuses the wait (the process itself stood
 * still): then it is pinged again and given one more interval. Each ping is timed from when it went out, so a late
 * timer never shortens the next wait. Confined to the session's scheduler.
 */
final class Pinger {

    private final Scheduler scheduler;
    private final Supplier<Link> current;
    private final StallGuard guard;

    private Disposable task;
    private boolean pongPending;
    private long dueAt;
    private long stallMark;
    private int deferrals;

    /** @param current the link that is up: a ping task of any other link does nothing */
    Pinger(Scheduler scheduler, Supplier<Link> current, StallGuard guard) {
        this.scheduler = scheduler;
        this.current = current;
        this.guard = guard;
    }

    /** Pings {@code link} every {@code every} (never if zero), in place of any earlier pings; {@code dead} gets why. */
    void start(Link link, Duration every, Consumer<String> dead) {
        stop();
        pongPending = false;
        deferrals = 0;
        if (every.toMillis() == 0) {
            return;
        }
        arm(link, every, dead);
    }

    private void arm(Link link, Duration every, Consumer<String> dead) {
        long ms = every.toMillis();
        dueAt = scheduler.now(TimeUnit.MILLISECONDS) + ms;
        stallMark = guard.mark();
        task = scheduler.schedule(() -> tick(link, every, dead), ms, TimeUnit.MILLISECONDS);
    }

    private void tick(Link link, Duration every, Consumer<String> dead) {
        if (link != current.get()) {
            return;
        }
        long late = TimeUnit.MILLISECONDS.toNanos(scheduler.now(TimeUnit.MILLISECONDS) - dueAt);
        if (pongPending) {
            if (deferrals >= StallGuard.MAX_DEFERRALS || !guard.excuses(stallMark, late)) {
                dead.accept(StallGuard.Verdict.NO_PONG.cause(every));
                return;
            }
            deferrals++;
            guard.deferred(StallGuard.Verdict.NO_PONG);
        }
        pongPending = true;
        link.ping();
        arm(link, every, dead);
    }

    /** A pong arrived: the ping is answered. */
    void pong() {
        pongPending = false;
        deferrals = 0;
    }

    void stop() {
        if (task != null) {
            task.dispose();
            task = null;
        }
    }
}
