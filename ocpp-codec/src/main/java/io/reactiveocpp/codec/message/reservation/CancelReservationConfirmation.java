package io.reactiveocpp.codec.message.reservation;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.CancelReservationStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code CancelReservation.conf} (OCPP 1.6 edition 2, section 6.6), sent from charge point to central system.
 *
 * @param status required
 */
public record CancelReservationConfirmation(CancelReservationStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<CancelReservationConfirmation> CODEC = ObjectCodec.<CancelReservationConfirmation>builder(
                    v -> new CancelReservationConfirmation((CancelReservationStatus) v[0]))
            .required("status", CancelReservationStatus.CODEC, CancelReservationConfirmation::status)
            .build();

    public CancelReservationConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.CANCEL_RESERVATION;
    }
}
