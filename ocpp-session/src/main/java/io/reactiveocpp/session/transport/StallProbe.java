package io.reactiveocpp.session.transport;

import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * How late one scheduler (an event loop) runs its timers: a tick every {@link #PERIOD} notes how much later than
 * due it ran. That lag is the time the loop could not run what was due: it was busy, or the whole process stood
 * still (a GC pause, a starved CPU). Link supervision asks for the stall time added up ({@link #stalledNanos()})
 * so that it does not hold the process's own stalls against the backend.
 *
 * <p>The tick runs on the scheduler; the figures are read from any thread. A tick costs one timer task; a
 * process has one probe per event loop ({@link EventLoops#probe}).
 */
public final class StallProbe implements Disposable {

    /** How often the probe ticks: also the resolution of the lag it sees. */
    public static final Duration PERIOD = Duration.ofMillis(100);

    private final Scheduler scheduler;
    private final long periodNanos;
    private volatile long stalledNanos;
    private volatile long lastLagNanos;
    private volatile long dueAt;
    private volatile Disposable next;
    private volatile boolean disposed;

    private StallProbe(Scheduler scheduler, Duration period) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.periodNanos = period.toNanos();
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("period: must be positive, got " + period);
        }
    }

    /** A probe ticking every {@code period} on {@code scheduler} from now until disposed. */
    public static StallProbe start(Scheduler scheduler, Duration period) {
        StallProbe probe = new StallProbe(scheduler, period);
        probe.arm();
        return probe;
    }

    /** The stall time seen since the start, added up: what a tick ran later than due. Any thread. */
    public long stalledNanos() {
        return stalledNanos;
    }

    /** How late the latest tick ran. Any thread. */
    public Duration lastLag() {
        return Duration.ofNanos(lastLagNanos);
    }

    private void arm() {
        if (disposed) {
            return;
        }
        dueAt = scheduler.now(TimeUnit.NANOSECONDS) + periodNanos;
        next = scheduler.schedule(this::tick, periodNanos, TimeUnit.NANOSECONDS);
    }

    private void tick() {
        long lag = Math.max(0, scheduler.now(TimeUnit.NANOSECONDS) - dueAt);
        lastLagNanos = lag;
        stalledNanos += lag; // only this tick writes, one at a time
        arm();
    }

    @Override
    public void dispose() {
        disposed = true;
        Disposable armed = next;
        if (armed != null) {
            armed.dispose();
        }
    }

    @Override
    public boolean isDisposed() {
        return disposed;
    }
}
