package io.reactiveocpp.session;

import io.reactiveocpp.codec.OcppCodec;
import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.frame.ErrorCode;
import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.session.queue.OutboundQueue;
import io.reactiveocpp.session.reconnect.LinkSupervisor;
import io.reactiveocpp.session.reconnect.StallGuard;
import io.reactiveocpp.session.rpc.CallCorrelator;
import io.reactiveocpp.session.rpc.MessageIds;
import io.reactiveocpp.session.transport.Link;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;

/**
 * Sends the charge point's CALLs on the link that is up, one at a time, whenever the slot is free and the link
 * writable: BootNotification first, then (once the engine admits) the durable queue in order, then the other
 * CALLs of {@link OutboundLanes}. The answer, error or timeout of each (from the {@link CallCorrelator}) goes to
 * the queue entry or to the caller that waits for it; a link that drops takes no attempt from a queued message.
 *
 * <p>Confined to the session's scheduler.
 */
final class OutboundPump implements CallCorrelator.Outcomes<Object> {

    private final OcppCodec codec;
    private final SessionMetrics metrics;
    private final LinkSupervisor supervisor;
    private final MessageIds ids = new MessageIds();
    private final OutboundLanes lanes = new OutboundLanes();
    /** Whose token is the {@link OutboundQueue.Entry} or the {@link OutboundLanes.Waiting} caller of the CALL. */
    private final CallCorrelator<Object> correlator;

    private OutboundQueue queue;
    private boolean admitted;

    OutboundPump(OcppCodec codec, Scheduler scheduler, SessionMetrics metrics, LinkSupervisor supervisor,
                 StallGuard liveness) {
        this.codec = codec;
        this.metrics = metrics;
        this.supervisor = supervisor;
        this.correlator = new CallCorrelator<>(scheduler, this, liveness);
    }

    CallCorrelator<Object> correlator() {
        return correlator;
    }

    /** The durable queue is open: its messages are sent as they become ready. */
    void open(OutboundQueue opened) {
        queue = opened;
        queue.onReady(this::pump);
    }

    /** The registration gate: until admitted, only BootNotification is sent. */
    void admit(boolean admitted) {
        this.admitted = admitted;
        pump();
    }

    void offer(OutboundLanes.Waiting waiting) {
        Action action = waiting.request().action();
        Link link = supervisor.link();
        if (!supervisor.running()) {
            waiting.sink().error(new CallException.Stopped(action));
            return;
        }
        if (link == null && LanePolicy.failsFastOffline(action)) {
            waiting.sink().error(new CallException.Offline(action, "the backend is not reachable"));
            return;
        }
        lanes.offer(waiting, link == null);
        pump();
    }

    /** The caller cancelled: its CALL is not sent. */
    void remove(OutboundLanes.Waiting waiting) {
        lanes.remove(waiting);
    }

    /** Sends the next CALL if the slot is free: boot first, then transaction messages, then the rest. */
    void pump() {
        Link link = supervisor.link();
        if (!supervisor.running() || link == null || !correlator.idle() || !link.writable()) {
            return;
        }
        OutboundLanes.Waiting next = lanes.pollPriority();
        if (next == null && admitted) {
            OutboundQueue.Entry entry = queue.head();
            if (entry != null) {
                send(link, entry.request(), entry);
                return;
            }
            if (queue.storing()) {
                return; // a transaction message queued earlier goes first; its commit calls pump again
            }
            next = lanes.pollNormal();
        }
        if (next != null) {
            send(link, next.request(), next);
        }
    }

    private void send(Link link, Request<?> request, Object token) {
        String messageId = ids.next();
        byte[] frame = codec.encodeUtf8(new Call(messageId, request));
        correlator.sent(messageId, request.action(), token, supervisor.config().responseTimeout());
        metrics.bytes(frame.length, 0);
        link.send(frame);
    }

    /** A link is up: the lanes are sent in order as the slot frees. */
    void linkUp() {
        lanes.onConnected();
        pump();
    }

    /** The link dropped: the CALL in flight can get no answer; time offline consumes no attempts of the queue. */
    void linkDown() {
        CallCorrelator.InFlight<Object> call = correlator.take();
        // a transaction message stays at the head of its queue
        if (call != null && call.token() instanceof OutboundLanes.Waiting waiting) {
            metrics.sent(call.action(), "dropped", null);
            waiting.fail(new CallException.Offline(call.action(), "the connection dropped before the answer"));
        }
        lanes.failFastOffline();
    }

    /** The session stops: every waiting caller fails with {@link CallException.Stopped}; the queue keeps its own. */
    void stop() {
        CallCorrelator.InFlight<Object> call = correlator.stop();
        lanes.failAll(CallException.Stopped::new);
        if (call != null && call.token() instanceof OutboundLanes.Waiting waiting) {
            waiting.fail(new CallException.Stopped(call.action()));
        }
    }

    @Override
    public void answered(CallCorrelator.InFlight<Object> call, Confirmation confirmation, Duration roundTrip) {
        metrics.sent(call.action(), "result", roundTrip);
        if (call.token() instanceof OutboundQueue.Entry entry) {
            queue.delivered(entry, confirmation);
        } else {
            ((OutboundLanes.Waiting) call.token()).complete(confirmation);
        }
        pump();
    }

    @Override
    public void failed(CallCorrelator.InFlight<Object> call, CallException failure, String outcome) {
        metrics.sent(call.action(), outcome, null);
        if (call.token() instanceof OutboundQueue.Entry entry) {
            ErrorCode code = failure instanceof CallException.Rejected rejected ? rejected.errorCode() : null;
            boolean unknown = code == ErrorCode.NOT_IMPLEMENTED || code == ErrorCode.NOT_SUPPORTED;
            queue.failed(entry, failure.getMessage(), unknown);
        } else {
            ((OutboundLanes.Waiting) call.token()).fail(failure);
        }
        pump();
    }

    @Override
    public void late(String messageId) {
        metrics.lateAnswer();
    }

    @Override
    public void silent(CallCorrelator.InFlight<Object> call) {
        Link link = supervisor.link();
        if (link != null) {
            // nothing at all came back since the CALL went out: the link is most likely half-open
            supervisor.linkDown(link, StallGuard.Verdict.SILENT_CALL.cause(call.timeout()));
        }
    }
}
