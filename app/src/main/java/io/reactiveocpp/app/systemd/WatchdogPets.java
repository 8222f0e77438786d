package io.reactiveocpp.app.systemd;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The watchdog's ticks, each passed through the loop being watched: the pet runs only when the loop runs it,
 * and at most one waits there (a stuck loop is not buried under ticks, and once free it pets once, not a
 * burst). A pet waiting on a loop that is no longer the current one (disposed by an in-process restart, its
 * task dropped) does not hold back the next loop's. The waiting loop crosses threads (timer to loop), hence atomic.
 */
final class WatchdogPets {

    private final Supplier<Scheduler> loop;
    private final Runnable pet;
    private final AtomicReference<Scheduler> waitingOn = new AtomicReference<>();

    WatchdogPets(Supplier<Scheduler> loop, Runnable pet) {
        this.loop = loop;
        this.pet = pet;
    }

    Disposable start(Duration period, Scheduler timer) {
        return Flux.interval(Duration.ZERO, period, timer).subscribe(tick -> tick());
    }

    private void tick() {
        Scheduler current = loop.get();
        Scheduler pending = waitingOn.get();
        if (current == null || pending == current || !waitingOn.compareAndSet(pending, current)) {
            return;
        }
        try {
            current.schedule(() -> {
                waitingOn.compareAndSet(current, null);
                pet.run();
            });
        } catch (RuntimeException rejected) {
            waitingOn.compareAndSet(current, null); // a loop just disposed: the next tick asks the new one
        }
    }
}
