package io.reactiveocpp.session.reconnect;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Tells the process's own stalls from a silent backend before a link is declared dead. A liveness verdict (no pong
 * by the next ping, a CALL unanswered while nothing else came) waits a window; when it is due, the wait is
 * <em>excused</em> if the process itself stood still for {@link #THRESHOLD} or more of it: the verdict's own timer
 * ran that late, or the event loop's {@link io.reactiveocpp.session.transport.StallProbe stall probe} added up
 * that much stall time since the window began. An excused verdict is deferred by one more window counted from
 * now (the answer may be in the socket, unread), at most {@link #MAX_DEFERRALS} times in a row: a backend that
 * stays silent is still found, at the latest that many windows later, and without stalls exactly when it was.
 *
 * <p>Stateless apart from what it is given: one guard can serve every session of a loop. The {@code deferred}
 * listener is called on the session's scheduler.
 */
public final class StallGuard {

    /** Stall time within a window that excuses its verdict. */
    public static final Duration THRESHOLD = Duration.ofSeconds(1);

    /** How many windows in a row a verdict may be deferred. */
    public static final int MAX_DEFERRALS = 2;

    private static final StallGuard OWN_TIMERS = new StallGuard(() -> 0, verdict -> { });

    /** The liveness verdicts that close a link, each with the cause it is reported under. */
    public enum Verdict {
        /** No pong by the next ping ({@code WebSocketPingInterval}). */
        NO_PONG("no pong within %d s (WebSocketPingInterval)"),
        /** A CALL timed out and nothing at all came back since it was sent. */
        SILENT_CALL("no answer and no other frame for %d s");

        private final String format;

        Verdict(String format) {
            this.format = format;
        }

        /** The cause of a link closed by this verdict after {@code window}. */
        public String cause(Duration window) {
            return String.format(format, window.toSeconds());
        }

        /** The verdict that {@code cause} reports, or {@code null} if it is none of them. */
        public static Verdict of(String cause) {
            for (Verdict verdict : values()) {
                if (cause != null && cause.startsWith(verdict.format.substring(0, verdict.format.indexOf('%')))) {
                    return verdict;
                }
            }
            return null;
        }
    }

    private final LongSupplier stalledNanos;
    private final Consumer<Verdict> deferred;

    /**
     * @param stalledNanos the stall time of the session's scheduler added up (e.g. {@code probe::stalledNanos})
     * @param deferred     told of each deferred verdict (a counter)
     */
    public StallGuard(LongSupplier stalledNanos, Consumer<Verdict> deferred) {
        this.stalledNanos = Objects.requireNonNull(stalledNanos, "stalledNanos");
        this.deferred = Objects.requireNonNull(deferred, "deferred");
    }

    /** A guard that sees only how late the verdicts' own timers run (no probe, nobody told). */
    public static StallGuard ownTimers() {
        return OWN_TIMERS;
    }

    /** Where a window begins: pass it to {@link #excuses}. */
    public long mark() {
        return stalledNanos.getAsLong();
    }

    /**
     * Whether a verdict due now is excused: the process stood still for {@link #THRESHOLD} or more since
     * {@code mark}, or the verdict's timer ran {@code lateNanos} late.
     */
    public boolean excuses(long mark, long lateNanos) {
        long threshold = THRESHOLD.toNanos();
        return lateNanos >= threshold || stalledNanos.getAsLong() - mark >= threshold;
    }

    /** A verdict was deferred: counted. */
    public void deferred(Verdict verdict) {
        deferred.accept(verdict);
    }
}
