package io.reactiveocpp.codec.frame;

import io.reactiveocpp.codec.json.RawJson;

/**
 * {@code [4, "<messageId>", "<errorCode>", "<errorDescription>", {<errorDetails>}]}: a call that could not
 * be answered.
 *
 * @param messageId        the id of the call this answers
 * @param errorCode        the OCPP-J error code
 * @param errorDescription a human-readable description, may be empty, never {@code null}
 * @param errorDetails     a JSON object with details, {@link RawJson#EMPTY_OBJECT} when there are none
 */
public record CallError(String messageId, ErrorCode errorCode, String errorDescription, RawJson errorDetails)
        implements OcppFrame {

    public static final int TYPE_ID = 4;

    public CallError {
        OcppFrame.checkMessageId(messageId);
        if (errorCode == null) {
            throw new IllegalArgumentException("errorCode: must not be null");
        }
        errorDescription = errorDescription == null ? "" : errorDescription;
        errorDetails = errorDetails == null ? RawJson.EMPTY_OBJECT : errorDetails;
    }

    /** A CALLERROR without details. */
    public static CallError of(String messageId, ErrorCode errorCode, String errorDescription) {
        return new CallError(messageId, errorCode, errorDescription, RawJson.EMPTY_OBJECT);
    }

    @Override
    public int messageTypeId() {
        return TYPE_ID;
    }
}
