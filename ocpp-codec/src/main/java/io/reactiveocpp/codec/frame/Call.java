package io.reactiveocpp.codec.frame;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.message.Request;

/**
 * {@code [2, "<messageId>", "<Action>", {<payload>}]}: a request; the action is the payload's.
 *
 * @param messageId unique among the sender's outstanding calls, at most 36 characters
 * @param payload   the typed request
 */
public record Call(String messageId, Request<?> payload) implements OcppFrame {

    public static final int TYPE_ID = 2;

    public Call {
        OcppFrame.checkMessageId(messageId);
        if (payload == null) {
            throw new IllegalArgumentException("payload: must not be null");
        }
    }

    /** The action of the payload. */
    public Action action() {
        return payload.action();
    }

    @Override
    public int messageTypeId() {
        return TYPE_ID;
    }
}
