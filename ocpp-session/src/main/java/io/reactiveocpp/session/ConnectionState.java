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
 */
public record ConnectionState(Phase phase, int attempt, String cause, Instant since) {

    /** The phases of the link. */
    public enum Phase { STOPPED, CONNECTING, CONNECTED, WAITING }

    /** Whether CALLs can be sent now. */
    public boolean connected() {
        return phase == Phase.CONNECTED;
    }
}
