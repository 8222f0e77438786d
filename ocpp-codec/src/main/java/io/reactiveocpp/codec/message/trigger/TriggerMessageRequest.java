package io.reactiveocpp.codec.message.trigger;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.MessageTrigger;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code TriggerMessage.req} (OCPP 1.6 edition 2, section 6.51), sent from central system to charge point.
 *
 * @param requestedMessage required
 * @param connectorId optional
 */
public record TriggerMessageRequest(
        MessageTrigger requestedMessage,
        Integer connectorId) implements Request<TriggerMessageConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<TriggerMessageRequest> CODEC = ObjectCodec.<TriggerMessageRequest>builder(
                    v -> new TriggerMessageRequest((MessageTrigger) v[0], (Integer) v[1]))
            .required("requestedMessage", MessageTrigger.CODEC, TriggerMessageRequest::requestedMessage)
            .optional("connectorId", ValueCodecs.INTEGER, TriggerMessageRequest::connectorId)
            .build();

    public TriggerMessageRequest {
        Check.required("requestedMessage", requestedMessage);
    }

    @Override
    public Action action() {
        return Action.TRIGGER_MESSAGE;
    }
}
