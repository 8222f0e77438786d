/**
 * Keeping the link up: the {@link io.reactiveocpp.session.reconnect.LinkSupervisor} (attempts, reconnects, pings,
 * the TCP watchdog, the AuthorizationKey fallback, the reconnect that waits for the backend's CALLs to be answered),
 * confined to the session's scheduler, and the {@link io.reactiveocpp.session.reconnect.Backoff} delays it waits
 * (a pure function of its inputs).
 */
package io.reactiveocpp.session.reconnect;
