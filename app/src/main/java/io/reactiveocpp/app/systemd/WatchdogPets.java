package io.reactiveocpp.app.systemd;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The watchdog's ticks, each passed through the loop being watched: the pet runs only when the loop runs it,
 * and at most one waits there (a stuck loop is not buried under ticks, and once free it pets once, not a
 * burst). The flag crosses threads (timer to loop), hence atomic.
 */
final class WatchdogPets {

    private final Supplier<Scheduler> loop;
    private final Runnable pet;
    private final AtomicBoolean waiting = new AtomicBoolean();

    WatchdogPets(Supplier<Scheduler> loop, Runnable pet) {
        this.loop = loop;
        this.pet = pet;
    }

    Disposable start(Duration period, Scheduler timer) {
        return Flux.interval(Duration.ZERO, period, timer).subscribe(tick -> tick());
    }

    private void tick() {
        Scheduler current = loop.get();
        if (current == null || !waiting.compareAndSet(false, true)) {
            return;
        }
        try {
            current.schedule(() -> {
                waiting.set(false);
                pet.run();
            });
        } catch (RuntimeException rejected) {
            waiting.set(false); // a loop just disposed (an in-process restart): the next tick asks the new one
        }
    }
}
