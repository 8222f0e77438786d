package io.reactiveocpp.codec;

import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.frame.CallError;
import io.reactiveocpp.codec.frame.ErrorCode;
import io.reactiveocpp.codec.frame.OcppFrame;

import java.util.Optional;

/**
 * What {@link OcppCodec#decode} made of one text frame: a typed {@link Decoded frame} or a
 * {@link Malformed} value that says what is wrong. Decoding never throws for bad input.
 */
public sealed interface DecodeResult permits DecodeResult.Decoded, DecodeResult.Malformed {

    /** @param frame the typed frame */
    record Decoded(OcppFrame frame) implements DecodeResult {
    }

    /**
     * A frame that could not be decoded.
     *
     * @param messageTypeId the message type number if it could be read, else 0
     * @param messageId     the message id if it could be read, else {@code null}
     * @param errorCode     the OCPP-J error code that answers it
     * @param description   what is wrong, naming the action and the offending field
     */
    record Malformed(int messageTypeId, String messageId, ErrorCode errorCode, String description)
            implements DecodeResult {

        /**
         * The CALLERROR to send back: only a CALL is answered (OCPP-J 1.6, section 4.2.3), and only when its
         * message id could be read; a bad CALLRESULT or CALLERROR is reported to the caller, not answered.
         */
        public Optional<CallError> reply() {
            if (messageTypeId != Call.TYPE_ID || messageId == null) {
                return Optional.empty();
            }
            return Optional.of(CallError.of(messageId, errorCode, description));
        }
    }
}
