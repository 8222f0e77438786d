package io.reactiveocpp.codec.message.reservation;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.ReservationStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code ReserveNow.conf} (OCPP 1.6 edition 2, section 6.38), sent from charge point to central system.
 *
 * @param status required
 */
public record ReserveNowConfirmation(ReservationStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<ReserveNowConfirmation> CODEC = ObjectCodec.<ReserveNowConfirmation>builder(
                    v -> new ReserveNowConfirmation((ReservationStatus) v[0]))
            .required("status", ReservationStatus.CODEC, ReserveNowConfirmation::status)
            .build();

    public ReserveNowConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.RESERVE_NOW;
    }
}
