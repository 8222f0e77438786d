/**
 * The service under systemd ({@code Type=notify}): readiness, status and the watchdog over the
 * {@code NOTIFY_SOCKET} of sd_notify(3), without libsystemd. Nothing happens without {@code NOTIFY_SOCKET}.
 */
package io.reactiveocpp.app.systemd;
