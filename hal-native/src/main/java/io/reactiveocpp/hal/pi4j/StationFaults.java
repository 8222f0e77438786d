package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import reactor.core.Disposable;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The active faults of a Pi4J station and their stream ({@link io.reactiveocpp.hal.ChargingStation#faults()}).
 * The drivers report from their own threads; every report, and every new subscriber, is handed to one worker,
 * so a subscriber sees each active fault once and then every change, with no gap and no lock.
 */
final class StationFaults implements Consumer<Fault>, Disposable {

    /** Changes a subscriber may lag behind before it fails; faults are rare, so this means a stuck consumer. */
    static final int SUBSCRIBER_BUFFER = 256;

    private record Key(int connectorId, FaultCode code) {
    }

    private final Scheduler.Worker worker;
    // confined to worker
    private final Map<Key, Fault> active = new LinkedHashMap<>();
    private final Sinks.Many<Fault> live = Sinks.many().multicast().directBestEffort();

    StationFaults(Scheduler scheduler) {
        this.worker = scheduler.createWorker();
    }

    /** A driver raised or cleared a fault; any thread. */
    @Override
    public void accept(Fault fault) {
        worker.schedule(() -> {
            Key key = new Key(fault.connectorId(), fault.code());
            boolean changed = fault.active() ? !fault.equals(active.put(key, fault)) : active.remove(key) != null;
            if (changed) {
                live.tryEmitNext(fault);
            }
        });
    }

    Flux<Fault> faults() {
        return Flux.<Fault>create(sink -> worker.schedule(() -> {
                    active.values().forEach(sink::next);
                    sink.onDispose(live.asFlux().subscribe(sink::next, sink::error, sink::complete));
                }), FluxSink.OverflowStrategy.BUFFER)
                .onBackpressureBuffer(SUBSCRIBER_BUFFER, dropped -> { }, BufferOverflowStrategy.ERROR);
    }

    @Override
    public void dispose() {
        worker.dispose();
        live.tryEmitComplete();
    }

    @Override
    public boolean isDisposed() {
        return worker.isDisposed();
    }
}
