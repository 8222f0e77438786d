package io.reactiveocpp.session.transport;

/**
 * A connection attempt failed or a link broke. The message is written for an operator: what failed and,
 * where known, what to check. It never contains the authorization key.
 */
public final class LinkException extends RuntimeException {

    private final Reason reason;

    public LinkException(Reason reason, String message, Throwable cause) {
        super(message, cause, false, false);
        this.reason = reason;
    }

    /** A coarse cause, for metrics tags and for the key-rollback rule. */
    public Reason reason() {
        return reason;
    }

    /** Coarse causes of link failures. */
    public enum Reason {
        /** DNS, TCP connect, proxy. */
        NETWORK,
        /** TLS handshake or certificate checks. */
        TLS,
        /** HTTP 401 or 403 at the WebSocket handshake: the credentials were refused. */
        UNAUTHORIZED,
        /** Any other handshake refusal, including a missing {@code ocpp1.6} subprotocol. */
        HANDSHAKE,
        /** The attempt took longer than {@code BackendConnectionTimeout}. */
        TIMEOUT,
        /** An established link broke, or pongs stopped. */
        BROKEN
    }
}
