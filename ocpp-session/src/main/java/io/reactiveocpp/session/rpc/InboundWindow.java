package io.reactiveocpp.session.rpc;

import io.reactiveocpp.session.transport.Link;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;

import java.util.function.Consumer;

/**
 * What one link may read ahead of the session: at most {@code size} frames read from the socket and not yet
 * dealt with. A pong, an answer to a CALL of ours, or a frame that needs no reply is dealt with once the session
 * has handled it; a CALL of the backend once its answer has been written to the link. The demand this subscriber
 * signals to {@link Link#inbound()} is exactly that: {@code size} at first, one more per frame dealt with. So at
 * most {@code size} CALLs are in their handlers at once, and when that many are, Reactor Netty turns auto-read
 * off and TCP pushes back on the backend: a flooding backend cannot grow the charge point's heap.
 *
 * <p>Demand freed while the link is not writable is held back until it is writable again, so the answers waiting
 * in Netty's outbound buffer for a backend that does not read stay bounded too.
 *
 * <p>Threads: {@link #hookOnNext} and the terminal signals run on the link's event loop and only hand over to the
 * consumers given; every other method is confined to the session's scheduler.
 */
public final class InboundWindow extends BaseSubscriber<Link.LinkEvent> {

    private final int size;
    private final Consumer<Link.LinkEvent> events;
    private final Consumer<Throwable> broken;
    private final Runnable ended;

    // confined to the session's scheduler
    private int unanswered;
    private int held;
    private boolean writable = true;
    private Runnable whenAnswered;

    /**
     * @param size   frames read and not yet dealt with, at most; at least 1
     * @param events each frame as it arrives (event loop)
     * @param broken the link broke (event loop)
     * @param ended  the link closed normally (event loop)
     */
    public InboundWindow(int size, Consumer<Link.LinkEvent> events, Consumer<Throwable> broken, Runnable ended) {
        if (size < 1) {
            throw new IllegalArgumentException("maxInboundCalls must be at least 1, got " + size);
        }
        this.size = size;
        this.events = events;
        this.broken = broken;
        this.ended = ended;
    }

    @Override
    protected void hookOnSubscribe(Subscription subscription) {
        subscription.request(size);
    }

    @Override
    protected void hookOnNext(Link.LinkEvent event) {
        events.accept(event);
    }

    @Override
    protected void hookOnError(Throwable error) {
        broken.accept(error);
    }

    @Override
    protected void hookOnComplete() {
        ended.run();
    }

    /** A frame that was not a CALL (or a CALL answered at once, without a handler) is dealt with. */
    public void handled() {
        release();
    }

    /** A CALL of the backend goes to its handler; its frame stays counted until {@link #answered()}. */
    public void callReceived() {
        unanswered++;
    }

    /** The answer to a CALL was written to the link. */
    public void answered() {
        unanswered--;
        release();
        if (unanswered == 0 && whenAnswered != null) {
            Runnable action = whenAnswered;
            whenAnswered = null;
            action.run();
        }
    }

    /** CALLs received and not answered yet. */
    public int unanswered() {
        return unanswered;
    }

    /** Runs {@code action} once no CALL waits for its answer: at once if none does. The latest action wins. */
    public void whenAllAnswered(Runnable action) {
        if (unanswered == 0) {
            action.run();
        } else {
            whenAnswered = action;
        }
    }

    /** The link's writability changed: demand held back while it was not writable is signalled now. */
    public void writable(boolean writable) {
        this.writable = writable;
        if (writable && held > 0) {
            int n = held;
            held = 0;
            request(n);
        }
    }

    private void release() {
        if (writable) {
            request(1);
        } else {
            held++;
        }
    }
}
