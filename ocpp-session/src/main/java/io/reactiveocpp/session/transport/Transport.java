package io.reactiveocpp.session.transport;

import io.reactiveocpp.session.SessionConfig;
import reactor.core.publisher.Mono;

/**
 * Opens links to the backend. The Netty implementation is {@link NettyTransport}; tests of the session's
 * logic in virtual time use an in-memory one.
 */
public interface Transport {

    /**
     * Connects to {@link SessionConfig#endpoint()} with the configuration's credentials, TLS and proxy, and
     * completes with the link once the WebSocket handshake agreed on {@code ocpp1.6}. Fails with a
     * {@link LinkException} whose message says what went wrong (never a secret). Lazy; cancelling aborts
     * the attempt. The caller bounds it with {@link SessionConfig#connectionTimeout()}.
     */
    Mono<Link> connect(SessionConfig config);
}
