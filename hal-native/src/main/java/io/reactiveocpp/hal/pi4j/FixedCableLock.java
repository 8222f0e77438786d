package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.ConnectorLock;
import reactor.core.publisher.Mono;

/** The lock of a connector with a fixed cable: there is nothing to move, so every command succeeds. */
enum FixedCableLock implements ConnectorLock {
    INSTANCE;

    @Override
    public Mono<Void> lock() {
        return Mono.empty();
    }

    @Override
    public Mono<Void> unlock() {
        return Mono.empty();
    }

    /** A fixed cable cannot be pulled out of the station. */
    @Override
    public boolean locked() {
        return true;
    }
}
