package io.reactiveocpp.engine;

import reactor.core.scheduler.Scheduler;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The engine's wall clock: the scheduler's time, corrected by the backend's {@code currentTime} from
 * BootNotification and Heartbeat answers (OCPP 1.6 section 4.2: the central system's time is the charge
 * point's reference). Confined to the engine's scheduler.
 */
public final class EngineClock {

    private final Scheduler scheduler;
    private long offsetMillis;

    public EngineClock(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public Instant now() {
        return Instant.ofEpochMilli(scheduler.now(TimeUnit.MILLISECONDS) + offsetMillis);
    }

    /** Adopts the backend's time. */
    public void set(Instant backendTime) {
        offsetMillis = backendTime.toEpochMilli() - scheduler.now(TimeUnit.MILLISECONDS);
    }
}
