package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.ExtendedMessageTrigger;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code ExtendedTriggerMessage.req} (OCPP 1.6 Security Whitepaper edition 2), sent from central system to charge point.
 *
 * @param requestedMessage required
 * @param connectorId optional
 */
public record ExtendedTriggerMessageRequest(
        ExtendedMessageTrigger requestedMessage,
        Integer connectorId) implements Request<ExtendedTriggerMessageConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<ExtendedTriggerMessageRequest> CODEC = ObjectCodec.<ExtendedTriggerMessageRequest>builder(
                    v -> new ExtendedTriggerMessageRequest((ExtendedMessageTrigger) v[0], (Integer) v[1]))
            .required("requestedMessage", ExtendedMessageTrigger.CODEC, ExtendedTriggerMessageRequest::requestedMessage)
            .optional("connectorId", ValueCodecs.INTEGER, ExtendedTriggerMessageRequest::connectorId)
            .build();

    public ExtendedTriggerMessageRequest {
        Check.required("requestedMessage", requestedMessage);
    }

    @Override
    public Action action() {
        return Action.EXTENDED_TRIGGER_MESSAGE;
    }
}
