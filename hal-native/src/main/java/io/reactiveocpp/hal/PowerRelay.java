package io.reactiveocpp.hal;

import reactor.core.publisher.Mono;

/**
 * The contactor that switches a connector's power. Both commands complete when the feedback contact
 * confirms the new position and fail with {@link HardwareException} when it does not; a contactor that
 * stays closed after an open command (welded) also raises a {@link FaultCode#POWER_SWITCH_FAILURE} fault.
 *
 * <p>{@link #close()} closes the contacts: it energises the connector and is not {@code AutoCloseable.close()}.
 * A relay therefore cannot be {@code AutoCloseable} (the two methods differ only in their return type);
 * drivers release their I/O through {@code reactor.core.Disposable#dispose()} instead. Both commands are lazy:
 * nothing switches until the {@code Mono} is subscribed.
 */
public interface PowerRelay {

    Mono<Void> close();

    Mono<Void> open();

    /** The position the feedback reports now. */
    boolean closed();
}
