package io.reactiveocpp.engine.metering;

import io.reactiveocpp.engine.config.Configuration;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The sampled-data timer of each running transaction (OCPP 1.6 section 3.16.1): every {@code
 * MeterValueSampleInterval} seconds from its start, none while the key is 0. A changed interval applies at
 * once to every running timer, counted from the change. Confined to the engine's scheduler.
 */
public final class PeriodicSampling {

    private static final String KEY = "MeterValueSampleInterval";

    private final Configuration config;
    private final Scheduler scheduler;
    private final Map<Integer, Timer> timers = new TreeMap<>();

    public PeriodicSampling(Configuration config, Scheduler scheduler) {
        this.config = config;
        this.scheduler = scheduler;
    }

    /** Follows the interval key; call once. */
    public void start() {
        config.onChange(KEY::equals, scheduler, k -> List.copyOf(timers.values()).forEach(Timer::schedule));
    }

    /**
     * Runs {@code tick} every interval for connector {@code connectorId} until the returned handle is disposed
     * (one timer per connector: a new one replaces the last).
     */
    public Disposable every(int connectorId, Runnable tick) {
        Timer timer = new Timer(connectorId, tick);
        Timer previous = timers.put(connectorId, timer);
        if (previous != null) {
            previous.cancel();
        }
        timer.schedule();
        return timer;
    }

    private final class Timer implements Disposable {
        private final int connectorId;
        private final Runnable tick;
        private Disposable next;
        private boolean disposed;

        Timer(int connectorId, Runnable tick) {
            this.connectorId = connectorId;
            this.tick = tick;
        }

        void schedule() {
            cancel();
            int every = config.integer(KEY);
            if (every > 0) {
                next = scheduler.schedulePeriodically(tick, every, every, TimeUnit.SECONDS);
            }
        }

        void cancel() {
            if (next != null) {
                next.dispose();
                next = null;
            }
        }

        @Override
        public void dispose() {
            disposed = true;
            cancel();
            timers.remove(connectorId, this);
        }

        @Override
        public boolean isDisposed() {
            return disposed;
        }
    }
}
