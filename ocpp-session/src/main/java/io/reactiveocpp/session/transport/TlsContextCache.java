package io.reactiveocpp.session.transport;

import io.netty.handler.ssl.SslContext;
import io.reactiveocpp.session.TlsSettings;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The client {@link SslContext} of the latest {@link TlsSettings}: built when the settings change (compared by
 * content), not per connection attempt, so reconnects neither re-read the PEM files nor rebuild the trust. One entry
 * (bounded): sessions that share a transport share their settings too (a fleet); settings that alternate (a
 * fallback) build again on each change. A build that fails (an unreadable file) is not kept: the next attempt
 * tries again. Any thread: two threads that both miss build twice and the later one stays, which is harmless.
 */
final class TlsContextCache {

    private record Entry(TlsSettings settings, SslContext context) {
    }

    private final Function<TlsSettings, SslContext> build;
    private final AtomicReference<Entry> latest = new AtomicReference<>();
    private final AtomicLong builds = new AtomicLong();

    TlsContextCache(Function<TlsSettings, SslContext> build) {
        this.build = build;
    }

    SslContext get(TlsSettings tls) {
        Entry entry = latest.get();
        if (entry != null && entry.settings().equals(tls)) {
            return entry.context();
        }
        SslContext context = build.apply(tls);
        builds.incrementAndGet();
        latest.set(new Entry(tls, context));
        return context;
    }

    /** How many contexts were built. */
    long builds() {
        return builds.get();
    }
}
