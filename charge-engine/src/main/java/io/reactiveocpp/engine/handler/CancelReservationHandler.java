package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.reservation.CancelReservationConfirmation;
import io.reactiveocpp.codec.message.reservation.CancelReservationRequest;
import io.reactiveocpp.codec.type.CancelReservationStatus;
import io.reactiveocpp.engine.reservation.Reservations;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** CancelReservation (OCPP 1.6 section 5.1): Accepted when the reservation existed. */
public final class CancelReservationHandler
        implements Function<CancelReservationRequest, Mono<CancelReservationConfirmation>> {

    private final Reservations reservations;

    public CancelReservationHandler(Reservations reservations) {
        this.reservations = reservations;
    }

    @Override
    public Mono<CancelReservationConfirmation> apply(CancelReservationRequest request) {
        return Mono.just(new CancelReservationConfirmation(reservations.cancel(request.reservationId())
                ? CancelReservationStatus.ACCEPTED : CancelReservationStatus.REJECTED));
    }
}
