package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.DataTransferStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code DataTransfer.conf} (OCPP 1.6 edition 2, section 6.16), sent from either side.
 *
 * @param status required
 * @param data optional
 */
public record DataTransferConfirmation(DataTransferStatus status, String data) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<DataTransferConfirmation> CODEC = ObjectCodec.<DataTransferConfirmation>builder(
                    v -> new DataTransferConfirmation((DataTransferStatus) v[0], (String) v[1]))
            .required("status", DataTransferStatus.CODEC, DataTransferConfirmation::status)
            .optional("data", ValueCodecs.STRING, DataTransferConfirmation::data)
            .build();

    public DataTransferConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.DATA_TRANSFER;
    }
}
