package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.IdTagInfo;

/**
 * {@code StopTransaction.conf} (OCPP 1.6 edition 2, section 6.50), sent from central system to charge point.
 *
 * @param idTagInfo optional
 */
public record StopTransactionConfirmation(IdTagInfo idTagInfo) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<StopTransactionConfirmation> CODEC = ObjectCodec.<StopTransactionConfirmation>builder(
                    v -> new StopTransactionConfirmation((IdTagInfo) v[0]))
            .optional("idTagInfo", IdTagInfo.CODEC, StopTransactionConfirmation::idTagInfo)
            .build();

    @Override
    public Action action() {
        return Action.STOP_TRANSACTION;
    }
}
