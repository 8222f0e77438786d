package io.reactiveocpp.session;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.frame.ErrorCode;

/**
 * Why a CALL of the charge point did not get a CALLRESULT. The subclasses say what happened; none carries a
 * stack trace, as these are outcomes, not bugs.
 */
public abstract class CallException extends RuntimeException {

    private final Action action;

    CallException(Action action, String message) {
        super(action.wireName() + ": " + message, null, false, false);
        this.action = action;
    }

    /** The action of the failed CALL. */
    public Action action() {
        return action;
    }

    /** The backend answered with a CALLERROR. */
    public static final class Rejected extends CallException {
        private final ErrorCode errorCode;
        private final String description;

        public Rejected(Action action, ErrorCode errorCode, String description) {
            super(action, "backend answered " + errorCode.wire()
                    + (description == null || description.isEmpty() ? "" : " (" + description + ")"));
            this.errorCode = errorCode;
            this.description = description;
        }

        public ErrorCode errorCode() {
            return errorCode;
        }

        public String description() {
            return description;
        }
    }

    /** No answer came within the response timeout. */
    public static final class TimedOut extends CallException {
        public TimedOut(Action action, java.time.Duration timeout) {
            super(action, "no answer within " + timeout.toMillis() + " ms");
        }
    }

    /**
     * The backend is not reachable now, and this action is one that fails fast rather than waits (Authorize,
     * DataTransfer, Heartbeat: the engine falls back to its local list and cache), or the link dropped while
     * the CALL was in flight.
     */
    public static final class Offline extends CallException {
        public Offline(Action action, String why) {
            super(action, why);
        }
    }

    /** The queue has no room; see {@link QueueState}. */
    public static final class QueueFull extends CallException {
        public QueueFull(Action action, String why) {
            super(action, why);
        }
    }

    /** The session was stopped before the CALL completed. */
    public static final class Stopped extends CallException {
        public Stopped(Action action) {
            super(action, "the session was stopped");
        }
    }
}
