package io.reactiveocpp.session.transport;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One open WebSocket connection to the backend, after a successful handshake with the {@code ocpp1.6}
 * subprotocol. A link is used once: when it closes, the session connects a new one.
 */
public interface Link {

    /**
     * What arrives, in order: text frames and pongs. Single subscriber; signals on the connection's event
     * loop. Completes when the connection closes normally, fails when it breaks. Honours demand: nothing more
     * is read from the socket while the subscriber has requested nothing (TCP then pushes back on the peer),
     * apart from what one read already brought in.
     */
    Flux<LinkEvent> inbound();

    /**
     * Writes one text frame; never blocks. Frames sent after close are dropped. The frame is taken whatever
     * {@link #writable()} says: the caller bounds what it sends while the link is not writable.
     */
    void send(byte[] utf8);

    /**
     * Whether the connection takes more frames without queueing them beyond its high-water mark (Netty's
     * {@code Channel.isWritable()}). Any thread.
     */
    default boolean writable() {
        return true;
    }

    /** Each change of {@link #writable()}, on the connection's event loop; completes when the link closes. */
    default Flux<Boolean> writability() {
        return Flux.never();
    }

    /** Sends a WebSocket ping. */
    void ping();

    /** Closes with the given WebSocket close code; completes when the connection is closed. */
    Mono<Void> close(int code, String reason);

    /** Something arriving on a {@link Link}. */
    sealed interface LinkEvent permits Text, Pong {
    }

    /** A text frame: one OCPP-J message as UTF-8. */
    record Text(byte[] utf8) implements LinkEvent {
    }

    /** A pong frame, the answer to {@link #ping()}. */
    record Pong() implements LinkEvent {
        public static final Pong INSTANCE = new Pong();
    }
}
