package io.reactiveocpp.engine.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * When the charge point renews one of its own certificates (its TLS client certificate, Plug &amp; Charge's SECC
 * certificate): in the last tenth of the certificate's validity, at most {@value #MAX_DAYS} days before its notAfter.
 * A one-year certificate is renewed 30 days before it expires, a 90-day one 9 days before, so a short-lived
 * certificate is not renewed for most of its life (EVerest libocpp renews at 30 days).
 */
public final class RenewalWindow {

    public static final long MAX_DAYS = 30;

    private RenewalWindow() {
    }

    /** The first instant of the renewal window of a certificate valid {@code notBefore} to {@code notAfter}. */
    public static Instant start(Date notBefore, Date notAfter) {
        Instant to = notAfter.toInstant();
        Duration window = Duration.between(notBefore.toInstant(), to).dividedBy(10);
        if (window.compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            window = Duration.ofDays(MAX_DAYS);
        }
        return to.minus(window);
    }
}
