package io.reactiveocpp.session;

import java.time.Instant;

/**
 * One step of the link's life, as {@link OcppClient#connectionStates()} publishes it.
 *
 * <pre>
 *            start()                 handshake done              close, error, missing pong
 * STOPPED ──────────► CONNECTING ───────────────────► CONNECTED ────────────────────────────┐
 *                        ▲   │ attempt failed                                               │
 *                        │   ▼                                                              │
 *                     WAITING (backoff with jitter) ◄───────────────────────────────────────┘
 * stop() from any state ends in STOPPED.
 * </pre>
 *
 * @param phase   where the link is
 * @param attempt the connection attempt this state belongs to, counted since the last success
 * @param cause   why the last attempt failed or the link dropped, or {@code null}; never contains secrets
 * @param since   when this phase began, on the session's clock
 * @param failure what kind of failure {@code cause} is (WAITING only), or {@code null}: how the engine tells a
 *                refused credential or a rejected server certificate (security events) from an outage
 */
public record ConnectionState(Phase phase, int attempt, String cause, Instant since, Failure failure) {

    /** The phases of the link. */
    public enum Phase { STOPPED, CONNECTING, CONNECTED, WAITING }

    /**
     * Why an attempt failed or the link dropped: the transport's coarse reasons, with TLS failures split where the
     * handshake's exception tells (best effort, from what the JDK reports; the rest stays {@link #TLS}).
     */
    public enum Failure {
        /** DNS, TCP connect, proxy. */
        NETWORK,
        /** The backend's certificate was not trusted, expired, or did not match its host name. */
        SERVER_CERTIFICATE,
        /** No TLS version both sides accept (the peer's {@code protocol_version} alert, or none enabled in common). */
        TLS_VERSION,
        /** No cipher suite both sides accept (the peer's {@code handshake_failure} alert). */
        TLS_CIPHER_SUITE,
        /** Any other TLS failure. */
        TLS,
        /** HTTP 401 or 403 at the WebSocket handshake: the backend refused the credentials. */
        UNAUTHORIZED,
        /** Any other refusal of the WebSocket upgrade. */
        HANDSHAKE,
        /** No connection within {@code BackendConnectionTimeout}. */
        TIMEOUT,
        /** An established link broke or stopped answering. */
        BROKEN
    }

    /** A state without a classified failure. */
    public ConnectionState(Phase phase, int attempt, String cause, Instant since) {
        this(phase, attempt, cause, since, null);
    }

    /** Whether CALLs can be sent now. */
    public boolean connected() {
        return phase == Phase.CONNECTED;
    }
}
