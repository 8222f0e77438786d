package io.reactiveocpp.codec.message.reservation;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.validate.Check;

import java.time.Instant;

/**
 * {@code ReserveNow.req} (OCPP 1.6 edition 2, section 6.37), sent from central system to charge point.
 *
 * @param connectorId required
 * @param expiryDate required, UTC on the wire
 * @param idTag required, at most 20 characters
 * @param parentIdTag optional, at most 20 characters
 * @param reservationId required
 */
public record ReserveNowRequest(
        int connectorId,
        Instant expiryDate,
        String idTag,
        String parentIdTag,
        int reservationId) implements Request<ReserveNowConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<ReserveNowRequest> CODEC = ObjectCodec.<ReserveNowRequest>builder(
                    v -> new ReserveNowRequest(
                            (int) v[0],
                            (Instant) v[1],
                            (String) v[2],
                            (String) v[3],
                            (int) v[4]))
            .requiredInt("connectorId", ReserveNowRequest::connectorId)
            .required("expiryDate", ValueCodecs.DATE_TIME, ReserveNowRequest::expiryDate)
            .required("idTag", ValueCodecs.STRING, ReserveNowRequest::idTag)
            .optional("parentIdTag", ValueCodecs.STRING, ReserveNowRequest::parentIdTag)
            .requiredInt("reservationId", ReserveNowRequest::reservationId)
            .build();

    public ReserveNowRequest {
        Check.required("expiryDate", expiryDate);
        idTag = Check.requiredMaxLength("idTag", idTag, 20);
        parentIdTag = Check.maxLength("parentIdTag", parentIdTag, 20);
    }

    @Override
    public Action action() {
        return Action.RESERVE_NOW;
    }
}
