package io.reactiveocpp.session.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.ReferenceCountUtil;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A scriptable OCPP-J backend for fault injection: plain Netty on 127.0.0.1, optionally over TLS. The handshake
 * is done by hand (Netty's handshaker with headers we choose), so the server can pick no subprotocol or a wrong
 * one, refuse the upgrade with any HTTP status, and swallow pings. Every upgrade request, connection, text frame
 * and ping is recorded for the test to wait on.
 */
public final class WsTestServer implements AutoCloseable {

    /** What a connection receives as text; runs on the connection's event loop. */
    @FunctionalInterface
    public interface Responder {
        void onText(Peer peer, String text);
    }

    /**
     * The HTTP upgrade request as the server saw it; header names are lower case. {@code clientCertificate}: the
     * subject of the certificate the client presented in the TLS handshake, {@code null} without one (or without TLS).
     */
    public record Upgrade(String uri, Map<String, String> headers, String clientCertificate) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Answers BootNotification (Accepted) and Heartbeat; other CALLs get NotImplemented, answers are ignored. */
    public static final Responder BACKEND = (peer, text) -> {
        JsonNode frame = parse(text);
        if (frame == null || frame.path(0).asInt() != 2) {
            return;
        }
        String id = frame.path(1).asText();
        String now = Instant.now().toString();
        switch (frame.path(2).asText()) {
            case "BootNotification" -> peer.send("[3,\"" + id + "\",{\"status\":\"Accepted\",\"currentTime\":\""
                    + now + "\",\"interval\":300}]");
            case "Heartbeat" -> peer.send("[3,\"" + id + "\",{\"currentTime\":\"" + now + "\"}]");
            default -> peer.send("[4,\"" + id + "\",\"NotImplemented\",\"\",{}]");
        }
    };

    /** Never answers anything. */
    public static final Responder SILENT = (peer, text) -> { };

    public final BlockingQueue<Upgrade> upgrades = new LinkedBlockingQueue<>();
    public final BlockingQueue<Peer> connections = new LinkedBlockingQueue<>();

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final AtomicInteger accepted = new AtomicInteger();
    private final SslContext ssl;
    private final Channel server;
    private volatile String subprotocol = "ocpp1.6";
    private volatile HttpResponseStatus refusal;
    private volatile boolean answerPings = true;
    private volatile Responder responder = BACKEND;

    private WsTestServer(SslContext ssl) {
        this.ssl = ssl;
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (ssl != null) {
                            ch.pipeline().addLast(ssl.newHandler(ch.alloc()));
                        }
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(65_536),
                                new Connection());
                    }
                })
                .bind("127.0.0.1", 0).syncUninterruptibly().channel();
    }

    /** A {@code ws://} server. */
    public static WsTestServer plain() {
        return new WsTestServer(null);
    }

    /** A {@code wss://} server with this server context. */
    public static WsTestServer tls(SslContext context) {
        return new WsTestServer(context);
    }

    /** The subprotocol the server answers with, whatever the client asked for; {@code null} sends none. */
    public WsTestServer selectSubprotocol(String subprotocol) {
        this.subprotocol = subprotocol;
        return this;
    }

    /** Refuses every upgrade with this status. */
    public WsTestServer refuseWith(HttpResponseStatus status) {
        this.refusal = status;
        return this;
    }

    /** Whether pings get a pong; they are recorded either way. */
    public WsTestServer answerPings(boolean answer) {
        this.answerPings = answer;
        return this;
    }

    public WsTestServer responder(Responder responder) {
        this.responder = responder;
        return this;
    }

    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** The BackendUrl; the charge point id is appended by the session. */
    public String url() {
        return (ssl == null ? "ws" : "wss") + "://127.0.0.1:" + port() + "/ocpp";
    }

    /** The next connection that completed its handshake; fails the test if none within {@code timeout}. */
    public Peer awaitConnection(Duration timeout) throws InterruptedException {
        Peer peer = connections.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (peer == null) {
            throw new AssertionError("no WebSocket connection arrived within " + timeout);
        }
        return peer;
    }

    /** The next upgrade request; fails the test if none within {@code timeout}. */
    public Upgrade awaitUpgrade(Duration timeout) throws InterruptedException {
        Upgrade upgrade = upgrades.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (upgrade == null) {
            throw new AssertionError("no upgrade request arrived within " + timeout);
        }
        return upgrade;
    }

    /** How many connections completed the handshake so far. */
    public int connectionCount() {
        return accepted.get();
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** The JSON array of an OCPP-J frame, or {@code null} when the text is not JSON. */
    public static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }

    /** One accepted WebSocket connection, seen from the server. */
    public static final class Peer {
        public final int index;
        public final Upgrade upgrade;
        public final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
        public final BlockingQueue<Instant> pings = new LinkedBlockingQueue<>();
        public final CompletableFuture<Void> closed = new CompletableFuture<>();
        /** How often a {@link #flood} found the server's channel not writable: the charge point was not reading. */
        public final AtomicInteger stalls = new AtomicInteger();
        /** How many frames of a {@link #flood} were handed to the server's channel so far. */
        public final AtomicInteger flooded = new AtomicInteger();
        private final Channel channel;
        private Iterator<String> flood; // on the event loop

        Peer(int index, Upgrade upgrade, Channel channel) {
            this.index = index;
            this.upgrade = upgrade;
            this.channel = channel;
            channel.closeFuture().addListener(f -> closed.complete(null));
        }

        /** The charge point's end of the connection (its source address and port). */
        public InetSocketAddress remoteAddress() {
            return (InetSocketAddress) channel.remoteAddress();
        }

        public void send(String text) {
            channel.writeAndFlush(new TextWebSocketFrame(text));
        }

        /**
         * Sends every frame as fast as the connection takes them: written while the server's channel is writable,
         * resumed when it is again.
         */
        public void flood(Iterator<String> frames) {
            channel.eventLoop().execute(() -> {
                flood = frames;
                continueFlood();
            });
        }

        void continueFlood() {
            Iterator<String> frames = flood;
            if (frames == null) {
                return;
            }
            while (frames.hasNext() && channel.isWritable()) {
                channel.write(new TextWebSocketFrame(frames.next()));
                flooded.incrementAndGet();
            }
            channel.flush();
            if (frames.hasNext()) {
                stalls.incrementAndGet();
            } else {
                flood = null;
            }
        }

        /** Whether the server reads from this connection: off, what the charge point writes piles up in TCP. */
        public void reading(boolean reading) {
            channel.config().setAutoRead(reading);
        }

        /** Closes the TCP connection without a WebSocket close frame. */
        public void dropTcp() {
            channel.close();
        }

        /** The next text frame matching {@code match}, skipping others; fails the test on timeout. */
        public String awaitText(Predicate<String> match, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
                String text = texts.poll(left, TimeUnit.NANOSECONDS);
                if (text != null && match.test(text)) {
                    return text;
                }
            }
            throw new AssertionError("no matching text frame within " + timeout + " on connection " + index);
        }

        /** The next ping; fails the test on timeout. */
        public Instant awaitPing(Duration timeout) throws InterruptedException {
            Instant ping = pings.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (ping == null) {
                throw new AssertionError("no ping within " + timeout + " on connection " + index);
            }
            return ping;
        }
    }

    /** The per-channel handler: the upgrade request first, WebSocket frames after. */
    private final class Connection extends ChannelInboundHandlerAdapter {
        private WebSocketServerHandshaker handshaker;
        private Peer peer;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            try {
                if (msg instanceof FullHttpRequest request) {
                    upgrade(ctx, request);
                } else if (msg instanceof TextWebSocketFrame text) {
                    String content = text.text();
                    peer.texts.add(content);
                    responder.onText(peer, content);
                } else if (msg instanceof PingWebSocketFrame ping) {
                    peer.pings.add(Instant.now());
                    if (answerPings) {
                        ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()));
                    }
                } else if (msg instanceof CloseWebSocketFrame close) {
                    handshaker.close(ctx.channel(), close.retain());
                }
            } finally {
                ReferenceCountUtil.release(msg);
            }
        }

        private static String clientCertificate(ChannelHandlerContext ctx) {
            SslHandler tls = ctx.pipeline().get(SslHandler.class);
            if (tls == null) {
                return null;
            }
            try {
                return ((java.security.cert.X509Certificate) tls.engine().getSession().getPeerCertificates()[0])
                        .getSubjectX500Principal().getName();
            } catch (javax.net.ssl.SSLPeerUnverifiedException none) {
                return null;
            }
        }

        private void upgrade(ChannelHandlerContext ctx, FullHttpRequest request) {
            Map<String, String> headers = request.headers().entries().stream().collect(Collectors.toMap(
                    e -> e.getKey().toLowerCase(), Map.Entry::getValue, (a, b) -> a + ", " + b));
            Upgrade upgrade = new Upgrade(request.uri(), Map.copyOf(headers), clientCertificate(ctx));
            upgrades.add(upgrade);
            HttpResponseStatus refused = refusal;
            if (refused != null) {
                FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, refused,
                        Unpooled.EMPTY_BUFFER);
                response.headers().set(HttpHeaderNames.CONTENT_LENGTH, 0);
                if (refused.code() == 401) {
                    response.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Basic realm=\"ocpp\"");
                }
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            String location = (ssl == null ? "ws" : "wss") + "://127.0.0.1:" + port() + request.uri();
            handshaker = new WebSocketServerHandshakerFactory(location, null, false, 1 << 20).newHandshaker(request);
            if (handshaker == null) {
                WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
                return;
            }
            HttpHeaders extra = new DefaultHttpHeaders();
            String chosen = subprotocol;
            if (chosen != null) {
                extra.set(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL, chosen);
            }
            handshaker.handshake(ctx.channel(), request, extra, ctx.newPromise()).addListener(done -> {
                if (done.isSuccess()) {
                    peer = new Peer(accepted.getAndIncrement(), upgrade, ctx.channel());
                    connections.add(peer);
                }
            });
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) {
            if (peer != null && ctx.channel().isWritable()) {
                peer.continueFlood();
            }
            ctx.fireChannelWritabilityChanged();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
