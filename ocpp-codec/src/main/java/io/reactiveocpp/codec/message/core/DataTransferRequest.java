package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code DataTransfer.req} (OCPP 1.6 edition 2, section 6.15), sent from either side.
 *
 * @param vendorId required, at most 255 characters
 * @param messageId optional, at most 50 characters
 * @param data optional
 */
public record DataTransferRequest(
        String vendorId,
        String messageId,
        String data) implements Request<DataTransferConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<DataTransferRequest> CODEC = ObjectCodec.<DataTransferRequest>builder(
                    v -> new DataTransferRequest((String) v[0], (String) v[1], (String) v[2]))
            .required("vendorId", ValueCodecs.STRING, DataTransferRequest::vendorId)
            .optional("messageId", ValueCodecs.STRING, DataTransferRequest::messageId)
            .optional("data", ValueCodecs.STRING, DataTransferRequest::data)
            .build();

    public DataTransferRequest {
        vendorId = Check.requiredMaxLength("vendorId", vendorId, 255);
        messageId = Check.maxLength("messageId", messageId, 50);
    }

    @Override
    public Action action() {
        return Action.DATA_TRANSFER;
    }
}
