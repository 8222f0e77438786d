package io.reactiveocpp.session.testing;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.ReferenceCountUtil;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A minimal HTTP CONNECT proxy on 127.0.0.1: it reads one CONNECT request, opens a TCP connection to the target,
 * answers 200 and then relays bytes both ways. Anything but CONNECT gets 405. Every request line is recorded.
 */
public final class ConnectProxy implements AutoCloseable {

    /** The request lines received, as {@code METHOD target}. */
    public final BlockingQueue<String> requests = new LinkedBlockingQueue<>();

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel server;

    public ConnectProxy() {
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast("http", new HttpServerCodec()).addLast("connect", new Connect());
                    }
                })
                .bind("127.0.0.1", 0).syncUninterruptibly().channel();
    }

    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private static void reply(Channel channel, String statusLine) {
        channel.writeAndFlush(Unpooled.copiedBuffer("HTTP/1.1 " + statusLine + "\r\n\r\n", StandardCharsets.US_ASCII));
    }

    /** Handles the CONNECT request; replaced by a {@link Relay} once the tunnel is open. */
    private final class Connect extends ChannelInboundHandlerAdapter {
        private boolean tunnelling;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            try {
                if (!(msg instanceof HttpRequest request) || tunnelling) {
                    return; // the (empty) body of the CONNECT request
                }
                requests.add(request.method().name() + " " + request.uri());
                Channel client = ctx.channel();
                int colon = request.uri().lastIndexOf(':');
                if (!HttpMethod.CONNECT.equals(request.method()) || colon < 0) {
                    // the codec is still in place, but a raw response is just as good here
                    client.pipeline().remove("http");
                    reply(client, "405 Method Not Allowed");
                    client.close();
                    return;
                }
                tunnelling = true;
                client.config().setAutoRead(false);
                String host = request.uri().substring(0, colon);
                int port = Integer.parseInt(request.uri().substring(colon + 1));
                new Bootstrap().group(client.eventLoop()).channel(NioSocketChannel.class)
                        .handler(new Relay(client))
                        .connect(host, port).addListener((ChannelFutureListener) target -> {
                            client.pipeline().remove("http");
                            client.pipeline().remove("connect");
                            if (!target.isSuccess()) {
                                reply(client, "502 Bad Gateway");
                                client.close();
                                return;
                            }
                            client.pipeline().addLast(new Relay(target.channel()));
                            reply(client, "200 Connection established");
                            client.config().setAutoRead(true);
                        });
            } finally {
                ReferenceCountUtil.release(msg);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    /** Copies what one side reads to the other; closing either side closes both. */
    private static final class Relay extends ChannelInboundHandlerAdapter {
        private final Channel other;

        Relay(Channel other) {
            this.other = other;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            other.writeAndFlush(msg);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            other.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
