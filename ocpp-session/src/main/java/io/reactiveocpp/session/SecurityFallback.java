package io.reactiveocpp.session;

import java.time.Instant;

/**
 * The session went back to its previous security settings because the new ones could not connect: the first
 * attempt after a raised {@code SecurityProfile} or changed TLS settings failed in any way (within
 * {@code BackendConnectionTimeout}), or the backend refused a new {@code AuthorizationKey} (HTTP 401/403). The
 * session keeps connecting with the restored settings; whoever owns the {@code SecurityProfile} key sets it back to
 * {@link #restoredProfile} so that GetConfiguration tells the truth, and may report a security event.
 *
 * @param failedProfile   the SecurityProfile that could not connect
 * @param restoredProfile the SecurityProfile connected with from now on
 * @param reason          the lower-case reason of the failed attempt ({@code tls}, {@code unauthorized},
 *                        {@code timeout}, {@code network}, {@code handshake})
 * @param cause           the failed attempt's message, for the log and the operator
 * @param at              when the session fell back (the session scheduler's clock)
 */
public record SecurityFallback(int failedProfile, int restoredProfile, String reason, String cause, Instant at) {
}
