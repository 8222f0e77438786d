package io.reactiveocpp.codec.frame;

import io.reactiveocpp.codec.message.Confirmation;

/**
 * {@code [3, "<messageId>", {<payload>}]}: the answer to a call. The wire carries no action; the decoder
 * binds the payload to the confirmation type of the pending call with that id.
 *
 * @param messageId the id of the call this answers
 * @param payload   the typed confirmation
 */
public record CallResult(String messageId, Confirmation payload) implements OcppFrame {

    public static final int TYPE_ID = 3;

    public CallResult {
        OcppFrame.checkMessageId(messageId);
        if (payload == null) {
            throw new IllegalArgumentException("payload: must not be null");
        }
    }

    @Override
    public int messageTypeId() {
        return TYPE_ID;
    }
}
