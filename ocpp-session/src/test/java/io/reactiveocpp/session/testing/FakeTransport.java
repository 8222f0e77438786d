package io.reactiveocpp.session.testing;

import io.reactiveocpp.codec.DecodeResult;
import io.reactiveocpp.codec.OcppCodec;
import io.reactiveocpp.codec.PendingCalls;
import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.frame.OcppFrame;
import io.reactiveocpp.session.AuthorizationKey;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.transport.Link;
import io.reactiveocpp.session.transport.LinkException;
import io.reactiveocpp.session.transport.Transport;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.publisher.Sinks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory {@link Transport} for tests of the session's logic in virtual time: the test decides how
 * each connection attempt ends and plays the backend on the resulting {@link FakeLink}. Only ever touched
 * from the test thread (the virtual-time scheduler runs tasks there).
 */
public final class FakeTransport implements Transport {

    /** Attempts in the order the session made them; the key each one carried. */
    public final List<AuthorizationKey> attempts = new ArrayList<>();
    /** The settings of each attempt, in order. */
    public final List<SessionConfig> configs = new ArrayList<>();
    private final ArrayDeque<MonoSink<Link>> pending = new ArrayDeque<>();

    @Override
    public Mono<Link> connect(SessionConfig config) {
        return Mono.create(sink -> {
            attempts.add(config.authorizationKey());
            configs.add(config);
            pending.add(sink);
        });
    }

    /** How many attempts wait for the test to decide. */
    public int waiting() {
        return pending.size();
    }

    /** The oldest waiting attempt succeeds. */
    public FakeLink accept() {
        FakeLink link = new FakeLink();
        next().success(link);
        return link;
    }

    /** The oldest waiting attempt fails. */
    public void refuse(LinkException.Reason reason, String message) {
        next().error(new LinkException(reason, message, null));
    }

    private MonoSink<Link> next() {
        MonoSink<Link> sink = pending.poll();
        if (sink == null) {
            throw new AssertionError("the session is not trying to connect");
        }
        return sink;
    }

    /** The backend's end of a link. */
    public static final class FakeLink implements Link {
        private static final OcppCodec BACKEND = OcppCodec.forCentralSystem();
        private final Sinks.Many<LinkEvent> inbound = Sinks.many().unicast().onBackpressureBuffer();
        private final Sinks.Many<Boolean> writability = Sinks.many().multicast().directBestEffort();
        private final ArrayDeque<String> sent = new ArrayDeque<>();
        /** Every frame the charge point sent and the close, in order: the frame's text, or "close <code>". */
        public final List<String> transcript = new ArrayList<>();
        public int pings;
        public boolean closed;
        /** Frames the charge point asked for so far (its demand); the backend's frames beyond it wait here. */
        public long requested;
        private boolean writable = true;

        @Override
        public Flux<LinkEvent> inbound() {
            return inbound.asFlux().doOnRequest(n -> requested += n);
        }

        @Override
        public void send(byte[] utf8) {
            String text = new String(utf8, StandardCharsets.UTF_8);
            sent.add(text);
            transcript.add(text);
        }

        @Override
        public boolean writable() {
            return writable;
        }

        @Override
        public Flux<Boolean> writability() {
            return writability.asFlux();
        }

        /** The backend stops or starts reading: the link's writability changes. */
        public void writable(boolean writable) {
            this.writable = writable;
            writability.tryEmitNext(writable);
        }

        @Override
        public void ping() {
            pings++;
        }

        @Override
        public Mono<Void> close(int code, String reason) {
            closed = true;
            transcript.add("close " + code);
            inbound.tryEmitComplete();
            return Mono.empty();
        }

        /** The next frame the charge point sent, as text, or {@code null}. */
        public String nextText() {
            return sent.poll();
        }

        /** The next frame the charge point sent, decoded as a backend would; fails if there is none. */
        public OcppFrame next() {
            String text = sent.poll();
            if (text == null) {
                throw new AssertionError("the charge point sent nothing");
            }
            DecodeResult result = BACKEND.decode(text, PendingCalls.NONE);
            if (!(result instanceof DecodeResult.Decoded)) {
                throw new AssertionError("the charge point sent a bad frame: " + text + " -> " + result);
            }
            return ((DecodeResult.Decoded) result).frame();
        }

        /** The next frame, which must be a CALL. */
        public Call nextCall() {
            OcppFrame frame = next();
            if (!(frame instanceof Call)) {
                throw new AssertionError("expected a CALL, got " + frame);
            }
            return (Call) frame;
        }

        /** Whether the charge point sent nothing more. */
        public boolean quiet() {
            return sent.isEmpty();
        }

        /** The backend sends a frame. */
        public void receive(String text) {
            inbound.tryEmitNext(new Text(text.getBytes(StandardCharsets.UTF_8)));
        }

        /** The backend answers a call with a CALLRESULT. */
        public void answer(Call call, String payload) {
            receive("[3,\"" + call.messageId() + "\"," + payload + "]");
        }

        /** The backend answers a call with a CALLERROR. */
        public void reject(Call call, String code) {
            receive("[4,\"" + call.messageId() + "\",\"" + code + "\",\"test\",{}]");
        }

        public void pong() {
            inbound.tryEmitNext(Pong.INSTANCE);
        }

        /** The connection breaks. */
        public void drop() {
            inbound.tryEmitError(new LinkException(LinkException.Reason.BROKEN, "connection reset", null));
        }
    }
}
