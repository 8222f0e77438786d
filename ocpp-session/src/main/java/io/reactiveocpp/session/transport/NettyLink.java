package io.reactiveocpp.session.transport;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;
import reactor.util.concurrent.Queues;

import java.time.Duration;

/**
 * A {@link Link} over Reactor Netty's websocket inbound and outbound. Frames to send go through a unicast
 * sink that Reactor Netty's {@code sendObject} drains; the session sends at most one CALL plus its
 * replies and pings at a time, so the sink stays small.
 */
final class NettyLink implements Link {

    private static final Logger LOG = LoggerFactory.getLogger(NettyLink.class);
    private static final Sinks.EmitFailureHandler RETRY = Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1));

    private final WebsocketInbound in;
    private final WebsocketOutbound out;
    private final Sinks.Many<WebSocketFrame> outgoing = Sinks.many().unicast()
            .onBackpressureBuffer(Queues.<WebSocketFrame>unbounded(8).get()); // default: 257 slots, ~1 KiB a link
    private final int maxFrameLength;

    NettyLink(WebsocketInbound in, WebsocketOutbound out, int maxFrameLength) {
        this.in = in;
        this.out = out;
        this.maxFrameLength = maxFrameLength;
    }

    /** What Reactor Netty's handler returns: the sending side, alive until the connection ends. */
    Mono<Void> run() {
        return out.sendObject(outgoing.asFlux()).then();
    }

    @Override
    public Flux<LinkEvent> inbound() {
        return in.aggregateFrames(maxFrameLength).receiveFrames().handle((frame, sink) -> {
            if (frame instanceof TextWebSocketFrame) {
                sink.next(new Text(ByteBufUtil.getBytes(frame.content())));
            } else if (frame instanceof PongWebSocketFrame) {
                sink.next(Pong.INSTANCE);
            } else if (!(frame instanceof PingWebSocketFrame)) {
                LOG.warn("ignoring a {} from the backend: OCPP-J uses text frames only",
                        frame.getClass().getSimpleName());
            }
        });
    }

    @Override
    public void send(byte[] utf8) {
        outgoing.emitNext(new TextWebSocketFrame(Unpooled.wrappedBuffer(utf8)), RETRY);
    }

    @Override
    public void ping() {
        outgoing.emitNext(new PingWebSocketFrame(), RETRY);
    }

    @Override
    public Mono<Void> close(int code, String reason) {
        return out.sendClose(code, reason)
                .onErrorResume(e -> Mono.empty())
                .doFinally(s -> outgoing.tryEmitComplete());
    }
}
