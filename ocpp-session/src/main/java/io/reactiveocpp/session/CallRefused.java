package io.reactiveocpp.session;

import io.reactiveocpp.codec.frame.ErrorCode;

import java.util.Objects;

/**
 * How a handler of the backend's CALLs answers with a CALLERROR of its choosing rather than a confirmation:
 * fail the handler's {@code Mono} with it (any other failure answers InternalError). The description should
 * name the offending field, as every error of the codec does.
 */
public final class CallRefused extends RuntimeException {

    private final ErrorCode code;

    public CallRefused(ErrorCode code, String description) {
        super(description, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
