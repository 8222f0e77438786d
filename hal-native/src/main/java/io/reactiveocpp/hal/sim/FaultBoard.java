package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import reactor.core.Disposable;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Sinks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The active faults of a station and their stream. Mutated on the worker only; a new subscriber is
 * attached on the worker too, so it sees every active fault once and then every change, with no gap.
 */
final class FaultBoard {

    /** Changes a subscriber may lag behind before it fails; faults are rare, so this means a stuck consumer. */
    static final int SUBSCRIBER_BUFFER = 256;

    private record Key(int connectorId, FaultCode code) {
    }

    private final SimWorker worker;
    private final Map<Key, Fault> active = new LinkedHashMap<>();
    private final Sinks.Many<Fault> live = Sinks.many().multicast().directBestEffort();

    FaultBoard(SimWorker worker) {
        this.worker = worker;
    }

    /** Raises a fault; nothing is emitted when the same fault is already active. */
    void raise(Fault fault) {
        Fault previous = active.put(new Key(fault.connectorId(), fault.code()), fault);
        if (!fault.equals(previous)) {
            live.tryEmitNext(fault);
        }
    }

    /** Clears a fault; nothing is emitted when it was not active. */
    void clear(int connectorId, FaultCode code) {
        Fault cleared = active.remove(new Key(connectorId, code));
        if (cleared != null) {
            live.tryEmitNext(new Fault(connectorId, code, cleared.info(), cleared.vendorErrorCode(), false,
                    cleared.usb()));
        }
    }

    boolean active(int connectorId, FaultCode code) {
        return active.containsKey(new Key(connectorId, code));
    }

    /** Active on this connector or on the whole station (connector 0). */
    boolean affects(int connectorId, FaultCode code) {
        return active(connectorId, code) || active(0, code);
    }

    /** Active anywhere in the station. */
    boolean anywhere(FaultCode code) {
        return active.keySet().stream().anyMatch(key -> key.code() == code);
    }

    Flux<Fault> faults() {
        return Flux.<Fault>create(sink -> worker.execute(() -> {
                    active.values().forEach(sink::next);
                    Disposable subscription = live.asFlux().subscribe(sink::next, sink::error, sink::complete);
                    sink.onDispose(subscription);
                }), FluxSink.OverflowStrategy.BUFFER)
                .onBackpressureBuffer(SUBSCRIBER_BUFFER, dropped -> { }, BufferOverflowStrategy.ERROR);
    }
}
