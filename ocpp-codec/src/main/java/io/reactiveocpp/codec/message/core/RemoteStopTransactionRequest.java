package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;

/**
 * {@code RemoteStopTransaction.req} (OCPP 1.6 edition 2, section 6.35), sent from central system to charge point.
 *
 * @param transactionId required
 */
public record RemoteStopTransactionRequest(
        int transactionId) implements Request<RemoteStopTransactionConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<RemoteStopTransactionRequest> CODEC = ObjectCodec.<RemoteStopTransactionRequest>builder(
                    v -> new RemoteStopTransactionRequest((int) v[0]))
            .requiredInt("transactionId", RemoteStopTransactionRequest::transactionId)
            .build();

    @Override
    public Action action() {
        return Action.REMOTE_STOP_TRANSACTION;
    }
}
