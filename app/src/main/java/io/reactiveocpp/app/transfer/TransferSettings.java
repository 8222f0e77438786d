package io.reactiveocpp.app.transfer;

import io.reactiveocpp.session.TlsSettings;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How the file transfers connect.
 *
 * @param tls            the session's TLS settings, read at each transfer (so a changed {@code TlsServerVerification}
 *                       applies to the next one): HTTPS and FTPS trust what the OCPP link trusts
 * @param connectTimeout how long a TCP connect (and, for FTP, the server's greeting) may take
 * @param readTimeout    how long a connection may stay silent while an answer or data is awaited; a download
 *                       stalled that long fails as INTERRUPTED, its partial file kept for a resume
 */
public record TransferSettings(Supplier<TlsSettings> tls, Duration connectTimeout, Duration readTimeout) {

    /** 15 s: a reachable server on a mobile link answers a connect in seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(15);
    /** 60 s: long enough for a slow server to start a transfer, short enough to retry a dead one soon. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    public TransferSettings {
        Objects.requireNonNull(tls, "tls");
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive, not " + connectTimeout);
        }
        if (readTimeout == null || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("readTimeout must be positive, not " + readTimeout);
        }
    }

    /** The default timeouts with these TLS settings. */
    public static TransferSettings of(Supplier<TlsSettings> tls) {
        return new TransferSettings(tls, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
    }
}
