package io.reactiveocpp.codec;

import io.reactiveocpp.codec.action.Action;

/**
 * Tells the decoder which action a CALLRESULT answers: the wire carries only the message id, so the
 * confirmation type comes from the call that is pending under that id.
 */
@FunctionalInterface
public interface PendingCalls {

    /** No calls pending: every CALLRESULT is unexpected. */
    PendingCalls NONE = messageId -> null;

    /** The action of the outstanding call with that id, or {@code null} when there is none. */
    Action actionOf(String messageId);
}
