package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.validate.Check;

import java.time.Instant;

/**
 * {@code StartTransaction.req} (OCPP 1.6 edition 2, section 6.45), sent from charge point to central system.
 *
 * @param connectorId required
 * @param idTag required, at most 20 characters
 * @param meterStart required
 * @param reservationId optional
 * @param timestamp required, UTC on the wire
 */
public record StartTransactionRequest(
        int connectorId,
        String idTag,
        int meterStart,
        Integer reservationId,
        Instant timestamp) implements Request<StartTransactionConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<StartTransactionRequest> CODEC = ObjectCodec.<StartTransactionRequest>builder(
                    v -> new StartTransactionRequest(
                            (int) v[0],
                            (String) v[1],
                            (int) v[2],
                            (Integer) v[3],
                            (Instant) v[4]))
            .requiredInt("connectorId", StartTransactionRequest::connectorId)
            .required("idTag", ValueCodecs.STRING, StartTransactionRequest::idTag)
            .requiredInt("meterStart", StartTransactionRequest::meterStart)
            .optional("reservationId", ValueCodecs.INTEGER, StartTransactionRequest::reservationId)
            .required("timestamp", ValueCodecs.DATE_TIME, StartTransactionRequest::timestamp)
            .build();

    public StartTransactionRequest {
        idTag = Check.requiredMaxLength("idTag", idTag, 20);
        Check.required("timestamp", timestamp);
    }

    @Override
    public Action action() {
        return Action.START_TRANSACTION;
    }
}
