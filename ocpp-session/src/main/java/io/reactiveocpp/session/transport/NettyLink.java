package io.reactiveocpp.session.transport;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.Connection;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

/**
 * A {@link Link} over Reactor Netty's websocket inbound and outbound. Frames are written straight to the channel,
 * in the order {@link #send} is called (from the event loop at once, from another thread as tasks in order), so a
 * close frame never overtakes an answer written before it. Nothing is queued here: what waits for the socket sits
 * in Netty's outbound buffer, which the session keeps bounded by watching {@link #writable()} (one CALL of its own
 * at a time, answers to at most {@code maxInboundCalls} CALLs). Inbound frames are read only on demand.
 */
final class NettyLink implements Link {

    private static final Logger LOG = LoggerFactory.getLogger(NettyLink.class);

    private final WebsocketInbound in;
    private final WebsocketOutbound out;
    private final Channel channel;
    private final int maxFrameLength;
    private final Sinks.Many<Boolean> writability = Sinks.many().multicast().directBestEffort();
    private final Sinks.Empty<Void> closed = Sinks.empty();

    NettyLink(WebsocketInbound in, WebsocketOutbound out, int maxFrameLength) {
        this.in = in;
        this.out = out;
        this.maxFrameLength = maxFrameLength;
        Connection[] connection = new Connection[1];
        in.withConnection(c -> connection[0] = c);
        this.channel = connection[0].channel();
        connection[0].addHandlerLast("ocpp-writability", new ChannelInboundHandlerAdapter() {
            @Override
            public void channelWritabilityChanged(ChannelHandlerContext ctx) {
                writability.tryEmitNext(ctx.channel().isWritable());
                ctx.fireChannelWritabilityChanged();
            }
        });
        channel.closeFuture().addListener(f -> {
            writability.tryEmitComplete();
            closed.tryEmitEmpty();
        });
    }

    /** What Reactor Netty's handler returns: alive until the link is closed, by either side. */
    Mono<Void> run() {
        return closed.asMono();
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
        // a failed write (the channel closed meanwhile) releases the frame; the session learns of the close inbound
        channel.writeAndFlush(new TextWebSocketFrame(Unpooled.wrappedBuffer(utf8)));
    }

    @Override
    public void ping() {
        channel.writeAndFlush(new PingWebSocketFrame());
    }

    @Override
    public boolean writable() {
        return channel.isWritable();
    }

    @Override
    public Flux<Boolean> writability() {
        return writability.asFlux();
    }

    @Override
    public Mono<Void> close(int code, String reason) {
        return out.sendClose(code, reason)
                .onErrorResume(e -> Mono.empty())
                .doFinally(s -> closed.tryEmitEmpty());
    }
}
