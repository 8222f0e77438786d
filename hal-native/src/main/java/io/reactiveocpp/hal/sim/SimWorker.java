package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.HardwareException;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The one worker a simulated station is confined to (see the package javadoc), and its two clocks: the
 * scheduler's time for timestamps and delays, and the simulated time ({@code timeScale} times faster) the
 * physics integrates over.
 */
final class SimWorker implements Disposable {

    private final Scheduler scheduler;
    private final Scheduler.Worker worker;
    private final double timeScale;
    private final long startNanos;

    SimWorker(Scheduler scheduler, double timeScale) {
        this.scheduler = scheduler;
        this.worker = scheduler.createWorker();
        this.timeScale = timeScale;
        this.startNanos = scheduler.now(TimeUnit.NANOSECONDS);
    }

    /** Simulated nanoseconds since the station started. */
    long simNanos() {
        long elapsed = scheduler.now(TimeUnit.NANOSECONDS) - startNanos;
        return timeScale == 1.0 ? elapsed : (long) (elapsed * timeScale);
    }

    /** The scheduler's time as an instant, for readings and signatures. */
    Instant timestamp() {
        return Instant.ofEpochSecond(0, scheduler.now(TimeUnit.NANOSECONDS));
    }

    /** Runs a control call on the worker; {@link IllegalStateException} once the station is closed. */
    void execute(Runnable task) {
        try {
            worker.schedule(task);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the simulated station is closed", e);
        }
    }

    Disposable every(Duration period, Runnable task) {
        return worker.schedulePeriodically(task, period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * A hardware command: lazy; on subscription {@code action} runs on the worker after {@code delay}, and the
     * Mono completes with its value (empty for {@code null}) or fails with what it threw.
     */
    <T> Mono<T> command(Duration delay, Supplier<T> action) {
        return Mono.create(sink -> {
            Runnable task = () -> {
                T value;
                try {
                    value = action.get();
                } catch (RuntimeException e) {
                    sink.error(e);
                    return;
                }
                sink.success(value);
            };
            try {
                if (delay.isZero()) {
                    worker.schedule(task);
                } else {
                    worker.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
                }
            } catch (RejectedExecutionException e) {
                sink.error(new HardwareException("the simulated station is closed"));
            }
        });
    }

    @Override
    public void dispose() {
        worker.dispose();
    }

    @Override
    public boolean isDisposed() {
        return worker.isDisposed();
    }
}
