package io.reactiveocpp.engine;

import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The engine's wall clock: the scheduler's time, corrected by the backend's {@code currentTime} from
 * BootNotification and Heartbeat answers (OCPP 1.6 section 4.2: the central system's time is the charge
 * point's reference). Confined to the engine's scheduler.
 */
public final class EngineClock {

    private final Scheduler scheduler;
    private long offsetMillis;
    private Duration jumpThreshold = Duration.ofMillis(Long.MAX_VALUE);
    private Consumer<Duration> onJump = moved -> { };

    public EngineClock(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public Instant now() {
        return Instant.ofEpochMilli(scheduler.now(TimeUnit.MILLISECONDS) + offsetMillis);
    }

    /** Adopts the backend's time. */
    public void set(Instant backendTime) {
        long before = offsetMillis;
        offsetMillis = backendTime.toEpochMilli() - scheduler.now(TimeUnit.MILLISECONDS);
        if (Math.abs(offsetMillis - before) > jumpThreshold.toMillis()) {
            onJump.accept(Duration.ofMillis(offsetMillis - before));
        }
    }

    /** Calls {@code listener} with the adjustment whenever {@link #set} moves the clock more than {@code threshold}. */
    public void onJump(Duration threshold, Consumer<Duration> listener) {
        this.jumpThreshold = threshold;
        this.onJump = listener;
    }
}
