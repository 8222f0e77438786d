package io.reactiveocpp.session.transport;

import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.socket.nio.NioChannelOption;
import jdk.net.ExtendedSocketOptions;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import io.netty.handler.proxy.ProxyConnectException;
import io.reactiveocpp.session.SessionConfig;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.transport.ProxyProvider;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;

/**
 * Connects through Reactor Netty's {@link HttpClient#websocket}: its handshake, subprotocol check, HTTP
 * CONNECT proxy, TLS and frame codec are used as they are. Connections are not pooled (a WebSocket is never
 * reused) and run on Reactor Netty's shared event loops, so thousands of links cost no thread each.
 */
public final class NettyTransport implements Transport {

    /** The WebSocket subprotocol of OCPP-J 1.6 (OCPP-J section 3.1.2). */
    public static final String SUBPROTOCOL = "ocpp1.6";

    /** The largest frame accepted; OCPP's largest field (a certificate chain) is 10,000 characters. */
    public static final int MAX_FRAME_LENGTH = 1 << 20;

    private static final ConnectionProvider NO_POOL = ConnectionProvider.newConnection();

    private final EventLoopGroup loop;
    private final InetAddress source;
    private final TlsContextCache contexts = new TlsContextCache(TlsContexts::forClient);

    /** Links on Reactor Netty's shared client event loops, whichever the connection is given. */
    public NettyTransport() {
        this(null, null);
    }

    /**
     * Links on this event loop (or group). A session whose scheduler is this very loop then reads, decodes,
     * answers and writes without any thread hand-off.
     */
    public NettyTransport(EventLoopGroup loop) {
        this(loop, null);
    }

    /**
     * As {@link #NettyTransport(EventLoopGroup)}, with links from this local address ({@code null}: the one the
     * operating system picks). A fleet spreads its members over several addresses (127.0.0.1, 127.0.0.2, ...) when
     * one address's ephemeral ports (28,232 by Linux's default range) are not enough for its links to one backend.
     */
    public NettyTransport(EventLoopGroup loop, InetAddress source) {
        this.loop = loop;
        this.source = source;
    }

    /** How many TLS contexts this transport built: one per change of the TLS settings (for tests and metrics). */
    public long tlsContextBuilds() {
        return contexts.builds();
    }

    @Override
    public Mono<Link> connect(SessionConfig config) {
        return Mono.defer(() -> {
            try {
                return attempt(config);
            } catch (IllegalArgumentException e) {
                // an unreadable CA bundle or client key: reported like any failed attempt, and retried
                return Mono.error(new LinkException(LinkException.Reason.TLS, e.getMessage(), e));
            }
        });
    }

    private Mono<Link> attempt(SessionConfig config) {
        HttpClient client = HttpClient.create(NO_POOL)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) config.connectionTimeout().toMillis())
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.TCP_NODELAY, true)
                .disableRetry(true)
                .doOnChannelInit((observer, channel, address) -> keepAlive(channel))
                .headers(headers -> {
                    String basic = config.basicAuthorization();
                    if (basic != null) {
                        headers.set(HttpHeaderNames.AUTHORIZATION, basic);
                    }
                });
        if (loop != null) {
            client = client.runOn(loop);
        }
        if (source != null) {
            InetSocketAddress local = new InetSocketAddress(source, 0);
            client = client.bindAddress(() -> local);
            if (Epoll.isAvailable()) {
                // the port is picked at connect, per destination, instead of at bind: one address's ports then serve
                // every backend address and port, not just one connection each
                client = client.option(EpollChannelOption.IP_BIND_ADDRESS_NO_PORT, true);
            }
        }
        if ("wss".equals(config.endpoint().getScheme())) {
            client = TlsClients.secure(client, config.tls(), contexts.get(config.tls()));
        }
        if (config.proxy() != null) {
            client = client.proxy(proxy -> proxy.type(ProxyProvider.Proxy.HTTP)
                    .host(config.proxyHost()).port(config.proxyPort())
                    .connectTimeoutMillis(config.connectionTimeout().toMillis()));
        }
        WebsocketClientSpec spec = WebsocketClientSpec.builder()
                .protocols(SUBPROTOCOL)
                .maxFramePayloadLength(MAX_FRAME_LENGTH)
                .build();
        HttpClient connecting = client;
        return Mono.<Link>create(sink -> {
            var attempt = connecting.websocket(spec).uri(config.endpoint()).handle((in, out) -> {
                if (!SUBPROTOCOL.equals(in.selectedSubprotocol())) {
                    return Mono.error(new LinkException(LinkException.Reason.HANDSHAKE,
                            "the backend did not agree to the WebSocket subprotocol " + SUBPROTOCOL, null));
                }
                NettyLink link = new NettyLink(in, out, MAX_FRAME_LENGTH);
                sink.success(link);
                return link.run();
            }).subscribe(null, error -> sink.error(explain(error, config)));
            sink.onCancel(attempt);
        });
    }

    /**
     * Probes an idle connection after 60 s, every 10 s, 3 times, so that a dead peer is found in 90 s rather
     * than the operating system's default of two hours; on the transport Reactor Netty picked (native epoll
     * on Linux, else NIO where the JDK supports the options).
     */
    private static void keepAlive(io.netty.channel.Channel channel) {
        var config = channel.config();
        if (channel instanceof io.netty.channel.epoll.EpollSocketChannel) {
            config.setOption(io.netty.channel.epoll.EpollChannelOption.TCP_KEEPIDLE, 60);
            config.setOption(io.netty.channel.epoll.EpollChannelOption.TCP_KEEPINTVL, 10);
            config.setOption(io.netty.channel.epoll.EpollChannelOption.TCP_KEEPCNT, 3);
        } else if (channel instanceof io.netty.channel.socket.nio.NioSocketChannel) {
            try {
                config.setOption(NioChannelOption.of(ExtendedSocketOptions.TCP_KEEPIDLE), 60);
                config.setOption(NioChannelOption.of(ExtendedSocketOptions.TCP_KEEPINTERVAL), 10);
                config.setOption(NioChannelOption.of(ExtendedSocketOptions.TCP_KEEPCOUNT), 3);
            } catch (RuntimeException unsupported) {
                // the platform keeps its defaults; pings and CALL timeouts still find a dead link
            }
        }
    }

    /** Turns whatever Netty reports into a {@link LinkException} an operator can act on. */
    static LinkException explain(Throwable error, SessionConfig config) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof LinkException) {
                return (LinkException) t;
            }
            if (t instanceof WebSocketClientHandshakeException) {
                return handshake((WebSocketClientHandshakeException) t);
            }
            if (t instanceof ProxyConnectException) {
                return new LinkException(LinkException.Reason.NETWORK,
                        "the proxy " + config.proxy() + " did not connect: " + t.getMessage(), error);
            }
            if (t instanceof SSLException) {
                return new LinkException(LinkException.Reason.TLS, "TLS handshake with "
                        + config.backendUrl().getHost() + " failed: " + t.getMessage(), error);
            }
            if (t instanceof UnknownHostException) {
                return new LinkException(LinkException.Reason.NETWORK, "unknown host " + t.getMessage(), error);
            }
            if (t instanceof ConnectException || t instanceof ClosedChannelException) {
                return new LinkException(LinkException.Reason.NETWORK, "cannot connect to "
                        + config.backendUrl().getHost() + ": " + t.getMessage(), error);
            }
            if (t instanceof TimeoutException) {
                return new LinkException(LinkException.Reason.TIMEOUT, "no connection within "
                        + config.connectionTimeout().toSeconds() + " s (BackendConnectionTimeout)", error);
            }
        }
        return new LinkException(LinkException.Reason.NETWORK, String.valueOf(error.getMessage()), error);
    }

    private static LinkException handshake(WebSocketClientHandshakeException e) {
        int status = e.response() == null ? 0 : e.response().status().code();
        if (status == 401 || status == 403) {
            return new LinkException(LinkException.Reason.UNAUTHORIZED, "the backend refused the credentials (HTTP "
                    + status + "): check ChargeBoxIdentity and AuthorizationKey", e);
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("subprotocol")) {
            return new LinkException(LinkException.Reason.HANDSHAKE,
                    "the backend did not agree to the WebSocket subprotocol " + SUBPROTOCOL + " (" + message + ")", e);
        }
        return new LinkException(LinkException.Reason.HANDSHAKE, "the backend refused the WebSocket upgrade"
                + (status == 0 ? ": " + message : " with HTTP " + status), e);
    }
}
