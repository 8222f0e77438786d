package io.reactiveocpp.session.testing;

import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.scheduler.Scheduler;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A {@link VirtualTimeScheduler} that can stand still, as an event loop does in a GC pause or behind a backlog:
 * during {@link #stall} the clock goes on but nothing runs; what fell due runs when the stall ends, late, in the
 * order it fell due. Timers only ({@code schedule} with a delay and periodic tasks): what a session runs.
 */
public final class StallingScheduler implements Scheduler {

    private final VirtualTimeScheduler time;
    private long stallUntil = Long.MIN_VALUE;

    public StallingScheduler(VirtualTimeScheduler time) {
        this.time = time;
    }

    /** From now on for {@code length}, nothing runs: what falls due meanwhile runs at the end, late. */
    public void stall(Duration length) {
        stallUntil = time.now(TimeUnit.NANOSECONDS) + length.toNanos();
    }

    @Override
    public Disposable schedule(Runnable task) {
        return schedule(task, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
        Disposable.Swap swap = Disposables.swap();
        swap.update(time.schedule(() -> runOrDefer(task, swap), delay, unit));
        return swap;
    }

    @Override
    public Disposable schedulePeriodically(Runnable task, long initialDelay, long period, TimeUnit unit) {
        Disposable.Swap swap = Disposables.swap();
        Runnable[] again = new Runnable[1];
        again[0] = () -> {
            task.run();
            if (!swap.isDisposed()) {
                swap.update(time.schedule(() -> runOrDefer(again[0], swap), period, unit));
            }
        };
        swap.update(time.schedule(() -> runOrDefer(again[0], swap), initialDelay, unit));
        return swap;
    }

    private void runOrDefer(Runnable task, Disposable.Swap swap) {
        long now = time.now(TimeUnit.NANOSECONDS);
        if (now < stallUntil) {
            swap.update(time.schedule(() -> runOrDefer(task, swap), stallUntil - now, TimeUnit.NANOSECONDS));
            return;
        }
        task.run();
    }

    @Override
    public long now(TimeUnit unit) {
        return time.now(unit);
    }

    @Override
    public Worker createWorker() {
        Disposable.Composite tasks = Disposables.composite();
        return new Worker() {
            @Override
            public Disposable schedule(Runnable task) {
                return schedule(task, 0, TimeUnit.NANOSECONDS);
            }

            @Override
            public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
                Disposable scheduled = StallingScheduler.this.schedule(task, delay, unit);
                tasks.add(scheduled);
                return scheduled;
            }

            @Override
            public void dispose() {
                tasks.dispose();
            }

            @Override
            public boolean isDisposed() {
                return tasks.isDisposed();
            }
        };
    }
}
