package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.frame.ErrorCode;

/**
 * What unwrapping a Plug &amp; Charge DataTransfer gave: the typed 2.0.1 payload, or why there is none.
 *
 * @param <T> the payload type
 */
public sealed interface PncResult<T> permits PncResult.Valid, PncResult.Invalid {

    /** @param value the typed payload */
    record Valid<T>(T value) implements PncResult<T> {
    }

    /**
     * @param errorCode   the OCPP-J error code that fits the fault: NotImplemented for an unknown
     *                    messageId, the schema violation's code for bad data
     * @param description what is wrong, naming the field
     */
    record Invalid<T>(ErrorCode errorCode, String description) implements PncResult<T> {
    }
}
