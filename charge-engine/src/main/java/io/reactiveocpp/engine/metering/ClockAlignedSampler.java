package io.reactiveocpp.engine.metering;

import io.reactiveocpp.engine.config.Configuration;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Clock-aligned metering (OCPP 1.6 section 3.16.2): every {@code ClockAlignedDataInterval} seconds counted
 * from midnight UTC (900 gives :00, :15, :30, :45), {@code onTick} samples {@code MeterValuesAlignedData} of
 * the station and its connectors. Zero switches it off; a changed interval applies at once. Confined to the
 * engine's scheduler.
 */
public final class ClockAlignedSampler {

    private final Configuration config;
    private final Scheduler scheduler;
    private final Supplier<Instant> clock;
    private final Consumer<Instant> onTick;
    private Disposable next;

    public ClockAlignedSampler(Configuration config, Scheduler scheduler, Supplier<Instant> clock, Consumer<Instant> onTick) {
        this.config = config;
        this.scheduler = scheduler;
        this.clock = clock;
        this.onTick = onTick;
    }

    public void start() {
        config.onChange("ClockAlignedDataInterval"::equals, scheduler, k -> schedule());
        schedule();
    }

    private void schedule() {
        if (next != null) {
            next.dispose();
            next = null;
        }
        long interval = TimeUnit.SECONDS.toMillis(config.integer("ClockAlignedDataInterval"));
        if (interval == 0) {
            return;
        }
        long now = clock.get().toEpochMilli();
        long dayStart = Math.floorDiv(now, 86_400_000L) * 86_400_000L;
        long due = dayStart + ((now - dayStart) / interval + 1) * interval;
        next = scheduler.schedule(() -> {
            onTick.accept(Instant.ofEpochMilli(due));
            schedule();
        }, due - now, TimeUnit.MILLISECONDS);
    }
}
