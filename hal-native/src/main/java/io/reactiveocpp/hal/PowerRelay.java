package io.reactiveocpp.hal;

import reactor.core.publisher.Mono;

/**
 * The contactor that switches a connector's power. Both commands complete when the feedback contact
 * confirms the new position and fail with {@link HardwareException} when it does not; a contactor that
 * stays closed after an open command (welded) also raises a {@link FaultCode#POWER_SWITCH_FAILURE} fault.
 */
public interface PowerRelay {

    Mono<Void> close();

    Mono<Void> open();

    /** The position the feedback reports now. */
    boolean closed();
}
