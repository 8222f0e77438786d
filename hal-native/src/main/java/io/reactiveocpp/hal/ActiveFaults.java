package io.reactiveocpp.hal;

import reactor.core.Disposable;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Sinks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The faults active now in one station, keyed by connector (0: the whole station) and code: one fault per code
 * and connector, in the order they were last raised (raising a code again replaces its fault and puts it last).
 * The simulator and the Pi4J station keep theirs here and publish its changes ({@link #follow}); the engine
 * keeps what it was told in one too.
 *
 * <p>Not thread-safe: confined to its owner's thread (the simulator's worker, the Pi4J station's I/O worker,
 * the engine's scheduler), which also runs every subscription to {@link #follow}.
 */
public final class ActiveFaults {

    /** Changes a subscriber may lag behind before it fails; faults are rare, so this means a stuck consumer. */
    public static final int SUBSCRIBER_BUFFER = 256;

    private record Key(int connectorId, FaultCode code) {
    }

    private final Map<Key, Fault> active = new LinkedHashMap<>();
    private final Sinks.Many<Fault> live = Sinks.many().multicast().directBestEffort();

    /**
     * Raises or clears {@code fault} as its {@link Fault#active()} says; a change is published to the followers
     * as given.
     *
     * @return whether anything changed: a raise of a fault not active as it is, a clear of an active code
     */
    public boolean apply(Fault fault) {
        Key key = new Key(fault.connectorId(), fault.code());
        boolean changed;
        if (fault.active()) {
            Fault previous = active.remove(key);
            active.put(key, fault);
            changed = !fault.equals(previous);
        } else {
            changed = active.remove(key) != null;
        }
        if (changed) {
            live.tryEmitNext(fault);
        }
        return changed;
    }

    /**
     * Clears the fault of {@code code} on {@code connectorId}; the clearing fault published carries the cleared
     * one's info, vendor code and USB mark. Nothing happens when it was not active.
     *
     * @return the clearing fault, or {@code null} when none was active
     */
    public Fault clear(int connectorId, FaultCode code) {
        Fault cleared = active.get(new Key(connectorId, code));
        if (cleared == null) {
            return null;
        }
        Fault clearing = new Fault(connectorId, code, cleared.info(), cleared.vendorErrorCode(), false, cleared.usb());
        apply(clearing);
        return clearing;
    }

    /** Whether {@code code} is active on {@code connectorId} itself. */
    public boolean active(int connectorId, FaultCode code) {
        return active.containsKey(new Key(connectorId, code));
    }

    /** Whether {@code code} is active on this connector or on the whole station (connector 0). */
    public boolean affects(int connectorId, FaultCode code) {
        return active(connectorId, code) || active(0, code);
    }

    /** Whether {@code code} is active anywhere in the station. */
    public boolean anywhere(FaultCode code) {
        return active.keySet().stream().anyMatch(key -> key.code() == code);
    }

    /** The faults active on {@code connectorId} itself (0: the station's), oldest raise first. */
    public List<Fault> of(int connectorId) {
        List<Fault> faults = new ArrayList<>();
        for (Fault fault : active.values()) {
            if (fault.connectorId() == connectorId) {
                faults.add(fault);
            }
        }
        return List.copyOf(faults);
    }

    /**
     * Every active fault, then every change, with no gap: the subscription is set up on {@code owner} (the
     * executor of the thread this registry is confined to). Buffers {@link #SUBSCRIBER_BUFFER} changes for a
     * slow subscriber, then fails it.
     */
    public Flux<Fault> follow(Executor owner) {
        return Flux.<Fault>create(sink -> owner.execute(() -> {
                    active.values().forEach(sink::next);
                    Disposable subscription = live.asFlux().subscribe(sink::next, sink::error, sink::complete);
                    sink.onDispose(subscription);
                }), FluxSink.OverflowStrategy.ERROR) // never overflows: the bounded buffer below asks for all
                // the one buffer: a BUFFER sink above would allocate its own unbounded queue (a 1 KiB array) per follower
                .onBackpressureBuffer(SUBSCRIBER_BUFFER, dropped -> { }, BufferOverflowStrategy.ERROR);
    }

    /** Completes every follower; call on the owner's thread when the station is disposed. */
    public void complete() {
        live.tryEmitComplete();
    }
}
