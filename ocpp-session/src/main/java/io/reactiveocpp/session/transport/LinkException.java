package io.reactiveocpp.session.transport;

import io.reactiveocpp.session.ConnectionState;

import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;

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

    /**
     * The failure as {@link ConnectionState} tells it. A TLS failure is read from the handshake's exceptions: a
     * {@link CertificateException} or {@link CertPathValidatorException} among the causes is the trust manager
     * refusing the server's certificate (a client's certificate refused by the server comes back as an alert, not
     * as these); the peer's {@code protocol_version} alert or the JDK's "No appropriate protocol" is a TLS version
     * nobody shares, its {@code handshake_failure} alert or "no cipher suites in common" a cipher suite.
     */
    public ConnectionState.Failure failure() {
        if (reason != Reason.TLS) {
            return ConnectionState.Failure.valueOf(reason.name());
        }
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof CertificateException || t instanceof CertPathValidatorException) {
                return ConnectionState.Failure.SERVER_CERTIFICATE;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("protocol_version") || message.contains("No appropriate protocol")) {
                return ConnectionState.Failure.TLS_VERSION;
            }
            if (message.contains("handshake_failure") || message.contains("no cipher suites in common")) {
                return ConnectionState.Failure.TLS_CIPHER_SUITE;
            }
        }
        return ConnectionState.Failure.TLS;
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
