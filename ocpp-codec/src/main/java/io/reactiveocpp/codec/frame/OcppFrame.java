package io.reactiveocpp.codec.frame;

/**
 * One OCPP-J 1.6 RPC message (OCPP-J 1.6, section 4): a {@link Call}, a {@link CallResult} or a
 * {@link CallError}, with its typed payload.
 */
public sealed interface OcppFrame permits Call, CallResult, CallError {

    /** The longest message id OCPP-J allows. */
    int MAX_MESSAGE_ID_LENGTH = 36;

    /** The message id that correlates a CALL with its CALLRESULT or CALLERROR. */
    String messageId();

    /** The message type number on the wire: 2, 3 or 4. */
    int messageTypeId();

    /** Checks a message id: present, at most 36 characters. */
    static String checkMessageId(String messageId) {
        if (messageId == null) {
            throw new IllegalArgumentException("messageId: must not be null");
        }
        if (messageId.length() > MAX_MESSAGE_ID_LENGTH) {
            throw new IllegalArgumentException("messageId: longer than " + MAX_MESSAGE_ID_LENGTH + " characters");
        }
        return messageId;
    }
}
