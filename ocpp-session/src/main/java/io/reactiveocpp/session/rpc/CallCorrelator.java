package io.reactiveocpp.session.rpc;

import io.reactiveocpp.codec.DecodeResult;
import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.frame.CallError;
import io.reactiveocpp.codec.frame.CallResult;
import io.reactiveocpp.codec.frame.OcppFrame;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.session.CallException;
import io.reactiveocpp.session.reconnect.StallGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The one CALL of the charge point that waits for its answer (OCPP-J section 4.1.1: one CALL in flight), its
 * response timeout, and answers that come too late. An answer is matched to the CALL by message id; an answer to
 * no CALL in flight (late after its timeout, or never ours) is reported as {@link Outcomes#late} and dropped.
 *
 * <p>Response timeouts use one timer, not one per CALL: back-to-back CALLs would otherwise schedule and cancel a
 * task each. The timer is armed when none is (or when it would fire after the new CALL's deadline); on firing it
 * times out the CALL in flight if that CALL's deadline has passed, else re-arms for what is left of it.
 *
 * <p>A CALL that times out while nothing at all arrived since it was sent ({@link #heard()} never called) is also
 * reported as {@link Outcomes#silent}: the link is most likely half-open. Unless the {@link StallGuard} excuses the
 * wait (the process itself stood still, the answer may be unread in the socket): then the CALL gets its timeout once
 * more from now, at most {@link StallGuard#MAX_DEFERRALS} times.
 *
 * <p>Confined to the session's scheduler, except {@link #pendingAction}, which the link's event loop calls while
 * decoding (it reads only the volatile in-flight slot).
 *
 * @param <T> what the sender keeps with its CALL (the queue entry or the waiting caller)
 */
public final class CallCorrelator<T> {

    private static final Logger LOG = LoggerFactory.getLogger(CallCorrelator.class);

    private final Scheduler scheduler;
    private final Outcomes<T> outcomes;
    private final StallGuard guard;
    private volatile InFlight<T> inFlight;

    // confined to the scheduler
    private long heard;
    /** The one response-timeout timer, armed for {@link #deadlineAt} (scheduler nanos) while a CALL can be due. */
    private Disposable deadlineTimer;
    private long deadlineAt;

    public CallCorrelator(Scheduler scheduler, Outcomes<T> outcomes, StallGuard guard) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    /** A correlator that excuses only the lateness of its own timer ({@link StallGuard#ownTimers()}). */
    public CallCorrelator(Scheduler scheduler, Outcomes<T> outcomes) {
        this(scheduler, outcomes, StallGuard.ownTimers());
    }

    /** Whether no CALL waits for its answer, so the next may be sent. */
    public boolean idle() {
        return inFlight == null;
    }

    /** A CALL was sent; it must be answered within {@code timeout}. Only while {@link #idle()}. */
    public void sent(String messageId, Action action, T token, Duration timeout) {
        long now = scheduler.now(TimeUnit.NANOSECONDS);
        InFlight<T> call = new InFlight<>(messageId, action, token, now, heard, timeout);
        call.stallMark = guard.mark();
        inFlight = call;
        if (deadlineTimer == null || deadlineAt - call.deadline > 0) {
            armDeadline(call.deadline, now);
        }
    }

    /** The action of the CALL in flight if {@code messageId} is its id, else {@code null}. Any thread. */
    public Action pendingAction(String messageId) {
        InFlight<T> call = inFlight;
        return call != null && call.messageId.equals(messageId) ? call.action : null;
    }

    /** Something arrived on the link (any frame, or a pong): it is not half-open. */
    public void heard() {
        heard++;
    }

    /** A CALLRESULT or CALLERROR arrived: it completes the CALL in flight, or is late. */
    public void answer(OcppFrame frame) {
        InFlight<T> call = inFlight;
        if (call == null || !call.messageId.equals(frame.messageId())) {
            LOG.debug("dropping an answer to {}: no such call is pending (late after a timeout?)", frame.messageId());
            outcomes.late(frame.messageId());
            return;
        }
        inFlight = null;
        if (frame instanceof CallResult result) {
            outcomes.answered(call, result.payload(),
                    Duration.ofNanos(scheduler.now(TimeUnit.NANOSECONDS) - call.sentAt));
        } else {
            CallError error = (CallError) frame;
            outcomes.failed(call, new CallException.Rejected(call.action, error.errorCode(), error.errorDescription()),
                    "error");
        }
    }

    /** A frame that could not be decoded and needs no reply: perhaps the invalid answer to the CALL in flight. */
    public void malformed(DecodeResult.Malformed malformed) {
        InFlight<T> call = inFlight;
        if (call != null && call.messageId.equals(malformed.messageId())) {
            // the answer to our CALL is there but invalid: the CALL failed, and we say why
            inFlight = null;
            outcomes.failed(call, new CallException.Rejected(call.action, malformed.errorCode(),
                    "invalid answer: " + malformed.description()), "error");
            return;
        }
        if (malformed.messageTypeId() == CallResult.TYPE_ID || malformed.messageTypeId() == CallError.TYPE_ID) {
            outcomes.late(malformed.messageId());
            return;
        }
        LOG.warn("ignoring a frame that cannot be answered ({}): {}", malformed.errorCode().wire(),
                malformed.description());
    }

    /** Forgets the CALL in flight (the link dropped): its answer can no longer come. {@code null} if none. */
    public InFlight<T> take() {
        InFlight<T> call = inFlight;
        inFlight = null;
        return call;
    }

    /** The session stops: no timer stays armed. The CALL in flight, forgotten, or {@code null}. */
    public InFlight<T> stop() {
        if (deadlineTimer != null) {
            deadlineTimer.dispose();
            deadlineTimer = null;
        }
        return take();
    }

    private void armDeadline(long at, long now) {
        if (deadlineTimer != null) {
            deadlineTimer.dispose();
        }
        deadlineAt = at;
        deadlineTimer = scheduler.schedule(this::onDeadline, Math.max(0, at - now), TimeUnit.NANOSECONDS);
    }

    private void onDeadline() {
        deadlineTimer = null;
        InFlight<T> call = inFlight;
        if (call == null) {
            return;
        }
        long now = scheduler.now(TimeUnit.NANOSECONDS);
        if (call.deadline - now > 0) {
            armDeadline(call.deadline, now);
            return;
        }
        boolean silent = heard == call.heardBefore;
        if (silent && call.deferrals < StallGuard.MAX_DEFERRALS && guard.excuses(call.stallMark, now - call.deadline)) {
            call.deferrals++;
            call.deadline = now + call.timeout.toNanos();
            call.stallMark = guard.mark();
            guard.deferred(StallGuard.Verdict.SILENT_CALL);
            armDeadline(call.deadline, now);
            return;
        }
        inFlight = null;
        outcomes.failed(call, new CallException.TimedOut(call.action, call.timeout), "timeout");
        if (silent) {
            outcomes.silent(call);
        }
    }

    /** What becomes of the CALLs; called on the session's scheduler, the CALL already out of the slot. */
    public interface Outcomes<T> {
        /** The CALL was answered with a CALLRESULT {@code roundTrip} after it was sent. */
        void answered(InFlight<T> call, Confirmation confirmation, Duration roundTrip);

        /** The CALL failed: {@code outcome} is {@code "error"} (a CALLERROR or an invalid answer) or {@code "timeout"}. */
        void failed(InFlight<T> call, CallException failure, String outcome);

        /** An answer to no CALL in flight arrived (late after its timeout, or never ours) and was dropped. */
        void late(String messageId);

        /** {@code call} timed out and nothing at all arrived since it was sent: the link is most likely half-open. */
        void silent(InFlight<T> call);
    }

    /** A CALL of the charge point that waits for its answer. */
    public static final class InFlight<T> {
        private final String messageId;
        private final Action action;
        private final T token;
        private final long sentAt;
        private final long heardBefore;
        private final Duration timeout;
        // confined to the scheduler: moved on when the guard excuses a silent wait
        private long deadline;
        private long stallMark;
        private int deferrals;

        InFlight(String messageId, Action action, T token, long sentAt, long heardBefore, Duration timeout) {
            this.messageId = messageId;
            this.action = action;
            this.token = token;
            this.sentAt = sentAt;
            this.heardBefore = heardBefore;
            this.timeout = timeout;
            this.deadline = sentAt + timeout.toNanos();
        }

        public Action action() {
            return action;
        }

        /** What the sender kept with the CALL. */
        public T token() {
            return token;
        }

        public Duration timeout() {
            return timeout;
        }
    }
}
