package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.ActiveFaults;
import io.reactiveocpp.hal.Fault;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;

import java.util.function.Consumer;

/**
 * The active faults of a Pi4J station and their stream ({@link io.reactiveocpp.hal.ChargingStation#faults()}):
 * the drivers report from their own threads; every report, and every new subscriber, is handed to one worker
 * that owns the station's {@link ActiveFaults}, so a subscriber sees each active fault once and then every
 * change, with no gap and no lock.
 */
final class StationFaults implements Consumer<Fault>, Disposable {

    private final Scheduler.Worker worker;
    private final ActiveFaults active = new ActiveFaults(); // confined to worker

    StationFaults(Scheduler scheduler) {
        this.worker = scheduler.createWorker();
    }

    /** A driver raised or cleared a fault; any thread. */
    @Override
    public void accept(Fault fault) {
        worker.schedule(() -> active.apply(fault));
    }

    Flux<Fault> faults() {
        return active.follow(worker::schedule);
    }

    @Override
    public void dispose() {
        worker.dispose();
        active.complete();
    }

    @Override
    public boolean isDisposed() {
        return worker.isDisposed();
    }
}
