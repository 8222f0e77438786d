/** Reconnect policy: backoff with jitter. Pure functions of their inputs; no threads. */
package io.reactiveocpp.session.reconnect;
