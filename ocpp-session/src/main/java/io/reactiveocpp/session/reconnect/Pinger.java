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
 * is most likely half-open and given up. Confined to the session's scheduler.
 */
final class Pinger {

    private final Scheduler scheduler;
    private final Supplier<Link> current;

    private Disposable task;
    private boolean pongPending;

    /** @param current the link that is up: a ping task of any other link does nothing */
    Pinger(Scheduler scheduler, Supplier<Link> current) {
        this.scheduler = scheduler;
        this.current = current;
    }

    /** Pings {@code link} every {@code every} (never if zero), in place of any earlier pings; {@code dead} gets why. */
    void start(Link link, Duration every, Consumer<String> dead) {
        stop();
        pongPending = false;
        long ms = every.toMillis();
        if (ms == 0) {
            return;
        }
        task = scheduler.schedulePeriodically(() -> {
            if (link != current.get()) {
                return;
            }
            if (pongPending) {
                dead.accept("no pong within " + every.toSeconds() + " s (WebSocketPingInterval)");
                return;
            }
            pongPending = true;
            link.ping();
        }, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** A pong arrived: the ping is answered. */
    void pong() {
        pongPending = false;
    }

    void stop() {
        if (task != null) {
            task.dispose();
            task = null;
        }
    }
}
