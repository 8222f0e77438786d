package io.reactiveocpp.session;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.message.core.StatusNotificationRequest;
import reactor.core.publisher.MonoSink;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * The two volatile lanes of CALLs that are not transaction messages, as {@link LanePolicy} assigns them: PRIORITY
 * (BootNotification, sent first, even before the engine admits the rest) and NORMAL (everything else, in order,
 * bounded by {@link #NORMAL_CAPACITY}). Confined to the session's scheduler.
 *
 * <p>While the link is down, a StatusNotification replaces the one waiting for the same connector (the
 * backend needs the latest state, not the history of an outage); the replaced caller gets the answer of
 * the one that is sent.
 */
final class OutboundLanes {

    /** Waiting non-transaction CALLs at most; more is refused with {@link CallException.QueueFull}. */
    static final int NORMAL_CAPACITY = 100;

    // grow as needed: one CALL waits at a time on a quiet link, and a fleet pays for each slot per member
    private final ArrayDeque<Waiting> priority = new ArrayDeque<>(1);
    private final ArrayDeque<Waiting> normal = new ArrayDeque<>(1);

    void offer(Waiting waiting, boolean offline) {
        Action action = waiting.request.action();
        if (LanePolicy.lane(action) == LanePolicy.Lane.PRIORITY) {
            priority.add(waiting);
            return;
        }
        if (offline && waiting.request instanceof StatusNotificationRequest) {
            int connector = ((StatusNotificationRequest) waiting.request).connectorId();
            for (Iterator<Waiting> it = normal.iterator(); it.hasNext(); ) {
                Waiting older = it.next();
                if (older.request instanceof StatusNotificationRequest
                        && ((StatusNotificationRequest) older.request).connectorId() == connector) {
                    it.remove();
                    waiting.coalesced.add(older);
                    waiting.coalesced.addAll(older.coalesced);
                }
            }
        }
        if (normal.size() >= NORMAL_CAPACITY) {
            waiting.fail(new CallException.QueueFull(action, NORMAL_CAPACITY
                    + " non-transaction messages are already waiting for the backend"));
            return;
        }
        normal.add(waiting);
    }

    Waiting pollPriority() {
        return priority.poll();
    }

    Waiting pollNormal() {
        return normal.poll();
    }

    void remove(Waiting waiting) {
        priority.remove(waiting);
        normal.remove(waiting);
    }

    /** Nothing to do yet: the lanes are sent in order as the slot frees. */
    void onConnected() {
    }

    /** The link dropped: CALLs that fail fast while offline are failed now rather than left waiting. */
    void failFastOffline() {
        for (Iterator<Waiting> it = normal.iterator(); it.hasNext(); ) {
            Waiting waiting = it.next();
            Action action = waiting.request.action();
            if (LanePolicy.failsFastOffline(action)) {
                it.remove();
                waiting.fail(new CallException.Offline(action, "the backend is not reachable"));
            }
        }
    }

    void failAll(Function<Action, CallException> failure) {
        List<Waiting> all = new ArrayList<>(priority);
        all.addAll(normal);
        priority.clear();
        normal.clear();
        for (Waiting waiting : all) {
            waiting.fail(failure.apply(waiting.request.action()));
        }
    }

    /** A CALL and whoever waits for its answer. */
    static final class Waiting {
        private final Request<?> request;
        private final MonoSink<Confirmation> sink;
        private final List<Waiting> coalesced = new ArrayList<>();

        Waiting(Request<?> request, MonoSink<Confirmation> sink) {
            this.request = request;
            this.sink = sink;
        }

        Request<?> request() {
            return request;
        }

        MonoSink<Confirmation> sink() {
            return sink;
        }

        void complete(Confirmation confirmation) {
            sink.success(confirmation);
            coalesced.forEach(w -> w.sink.success(confirmation));
        }

        void fail(CallException failure) {
            sink.error(failure);
            coalesced.forEach(w -> w.sink.error(failure));
        }
    }
}
