package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code StartTransaction.conf} (OCPP 1.6 edition 2, section 6.46), sent from central system to charge point.
 *
 * @param idTagInfo required
 * @param transactionId required
 */
public record StartTransactionConfirmation(IdTagInfo idTagInfo, int transactionId) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<StartTransactionConfirmation> CODEC = ObjectCodec.<StartTransactionConfirmation>builder(
                    v -> new StartTransactionConfirmation((IdTagInfo) v[0], (int) v[1]))
            .required("idTagInfo", IdTagInfo.CODEC, StartTransactionConfirmation::idTagInfo)
            .requiredInt("transactionId", StartTransactionConfirmation::transactionId)
            .build();

    public StartTransactionConfirmation {
        Check.required("idTagInfo", idTagInfo);
    }

    @Override
    public Action action() {
        return Action.START_TRANSACTION;
    }
}
