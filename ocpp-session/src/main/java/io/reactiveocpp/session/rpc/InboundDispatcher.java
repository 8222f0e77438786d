package io.reactiveocpp.session.rpc;

import io.reactiveocpp.codec.DecodeResult;
import io.reactiveocpp.codec.OcppCodec;
import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.frame.CallError;
import io.reactiveocpp.codec.frame.OcppFrame;
import io.reactiveocpp.session.transport.Link;
import io.reactiveocpp.session.transport.LinkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.scheduler.Scheduler;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What arrives on a link, through its {@link InboundWindow}: each text frame is decoded on the link's event loop
 * (a CALLRESULT bound to the action of the CALL in flight) and then handled on the session's scheduler. The
 * backend's CALLs go to the {@link IncomingCallRouter} and each answer is written to the link it came from, if
 * that is still the link that is up; answers go to the {@link CallCorrelator}; a malformed CALL gets the codec's
 * CALLERROR. Frames of a link that is no longer up are dropped.
 *
 * <p>Confined to the session's scheduler, except what {@link #read} hands to the window (event loop), which only
 * decodes and schedules.
 */
public final class InboundDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(InboundDispatcher.class);

    private final OcppCodec codec;
    private final Scheduler scheduler;
    private final IncomingCallRouter router;
    private final CallCorrelator<?> correlator;
    private final Supplier<Link> current;
    private final Meters meters;

    // confined to the scheduler
    private InboundWindow window;

    /**
     * @param current the link that is up, or {@code null}: frames of any other link are dropped
     */
    public InboundDispatcher(OcppCodec codec, Scheduler scheduler, IncomingCallRouter router,
                             CallCorrelator<?> correlator, Supplier<Link> current, Meters meters) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.router = Objects.requireNonNull(router, "router");
        this.correlator = Objects.requireNonNull(correlator, "correlator");
        this.current = Objects.requireNonNull(current, "current");
        this.meters = Objects.requireNonNull(meters, "meters");
    }

    /**
     * Starts reading {@code link} (the link that is up) through a window of {@code size} frames.
     *
     * @param pong  a pong arrived (on the scheduler)
     * @param ended the link closed or broke, and why (on the scheduler)
     */
    public void read(Link link, int size, Runnable pong, Consumer<String> ended) {
        window = new InboundWindow(size, event -> {
            if (event instanceof Link.Text text) {
                receive(link, text.utf8());
            } else {
                scheduler.schedule(() -> {
                    pong.run();
                    correlator.heard(); // a pong shows the link alive, like any frame
                    handled(link);
                });
            }
        }, error -> scheduler.schedule(() -> ended.accept(LinkException.class.isInstance(error)
                ? error.getMessage() : "connection broke: " + error)),
                () -> scheduler.schedule(() -> ended.accept("the backend closed the connection")));
        link.inbound().subscribe(window);
    }

    /** The window of the link read last. */
    public InboundWindow window() {
        return window;
    }

    /** Event loop: decodes, then hands over to the scheduler. */
    private void receive(Link from, byte[] utf8) {
        DecodeResult result = codec.decode(utf8, 0, utf8.length, correlator::pendingAction);
        scheduler.schedule(() -> {
            if (from != current.get()) {
                return;
            }
            correlator.heard();
            meters.bytes(0, utf8.length);
            if (result instanceof DecodeResult.Decoded decoded) {
                onFrame(decoded.frame());
            } else {
                onMalformed((DecodeResult.Malformed) result);
            }
        });
    }

    /** The frame of {@code from} is dealt with (anything but a CALL of the backend): the link may read one more. */
    private void handled(Link from) {
        if (from == current.get()) {
            window.handled();
        }
    }

    private void onFrame(OcppFrame frame) {
        if (frame instanceof Call call) {
            Link replyTo = current.get();
            InboundWindow callWindow = window;
            callWindow.callReceived();
            router.route(call).subscribe(reply -> scheduler.schedule(() -> {
                meters.received(call.payload().action(),
                        reply instanceof CallError error ? error.errorCode().wire() : "result");
                reply(replyTo, reply);
                callWindow.answered(); // after the write: a reconnect waiting for it closes the link behind it
            }));
            return;
        }
        window.handled();
        correlator.answer(frame);
    }

    private void onMalformed(DecodeResult.Malformed malformed) {
        window.handled();
        if (malformed.reply().isPresent()) {
            LOG.warn("answering a malformed CALL with {}: {}", malformed.errorCode().wire(), malformed.description());
            meters.received(null, malformed.errorCode().wire());
            reply(current.get(), malformed.reply().get());
            return;
        }
        correlator.malformed(malformed);
    }

    private void reply(Link to, OcppFrame reply) {
        if (to != null && to == current.get()) {
            byte[] frame = codec.encodeUtf8(reply);
            meters.bytes(frame.length, 0);
            to.send(frame);
        }
    }

    /** What the dispatcher counts. */
    public interface Meters {
        /** An inbound CALL was answered: {@code "result"} or the CALLERROR's code; {@code action} null if unknown. */
        void received(Action action, String outcome);

        /** Bytes written to and read from the link. */
        void bytes(int sent, int received);
    }
}
