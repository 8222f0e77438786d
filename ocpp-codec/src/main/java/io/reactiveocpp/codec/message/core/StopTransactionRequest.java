package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ListCodec;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.codec.validate.Check;

import java.time.Instant;
import java.util.List;

/**
 * {@code StopTransaction.req} (OCPP 1.6 edition 2, section 6.49), sent from charge point to central system.
 *
 * @param idTag optional, at most 20 characters
 * @param meterStop required
 * @param timestamp required, UTC on the wire
 * @param transactionId required
 * @param reason optional
 * @param transactionData optional
 */
public record StopTransactionRequest(
        String idTag,
        int meterStop,
        Instant timestamp,
        int transactionId,
        Reason reason,
        List<MeterValue> transactionData) implements Request<StopTransactionConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    @SuppressWarnings("unchecked")
    public static final ObjectCodec<StopTransactionRequest> CODEC = ObjectCodec.<StopTransactionRequest>builder(
                    v -> new StopTransactionRequest(
                            (String) v[0],
                            (int) v[1],
                            (Instant) v[2],
                            (int) v[3],
                            (Reason) v[4],
                            (List<MeterValue>) v[5]))
            .optional("idTag", ValueCodecs.STRING, StopTransactionRequest::idTag)
            .requiredInt("meterStop", StopTransactionRequest::meterStop)
            .required("timestamp", ValueCodecs.DATE_TIME, StopTransactionRequest::timestamp)
            .requiredInt("transactionId", StopTransactionRequest::transactionId)
            .optional("reason", Reason.CODEC, StopTransactionRequest::reason)
            .optional("transactionData", ListCodec.of(MeterValue.CODEC), StopTransactionRequest::transactionData)
            .build();

    public StopTransactionRequest {
        idTag = Check.maxLength("idTag", idTag, 20);
        Check.required("timestamp", timestamp);
        transactionData = Check.list("transactionData", transactionData, 0);
    }

    @Override
    public Action action() {
        return Action.STOP_TRANSACTION;
    }
}
