package io.reactiveocpp.codec.message.reservation;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;

/**
 * {@code CancelReservation.req} (OCPP 1.6 edition 2, section 6.5), sent from central system to charge point.
 *
 * @param reservationId required
 */
public record CancelReservationRequest(int reservationId) implements Request<CancelReservationConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<CancelReservationRequest> CODEC = ObjectCodec.<CancelReservationRequest>builder(
                    v -> new CancelReservationRequest((int) v[0]))
            .requiredInt("reservationId", CancelReservationRequest::reservationId)
            .build();

    @Override
    public Action action() {
        return Action.CANCEL_RESERVATION;
    }
}
