package io.reactiveocpp.hal;

import reactor.core.publisher.Mono;

/**
 * The cable lock of a socket outlet. The commands complete when the feedback confirms the position and
 * fail with {@link HardwareException} (and a {@link FaultCode#CONNECTOR_LOCK_FAILURE} fault) otherwise.
 */
public interface ConnectorLock {

    Mono<Void> lock();

    Mono<Void> unlock();

    boolean locked();
}
