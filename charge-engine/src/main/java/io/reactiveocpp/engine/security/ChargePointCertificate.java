package io.reactiveocpp.engine.security;

import io.reactiveocpp.session.ClientIdentity;
import io.reactiveocpp.session.OcppClient;

/**
 * Where the charge point's own certificate for mutual TLS (security profile 3) comes from: the seam through which a
 * certificate held by a store (CertificateSigned) replaces the configured files. Asked on the engine's scheduler when
 * a SecurityProfile change is checked.
 */
@FunctionalInterface
public interface ChargePointCertificate {

    /**
     * The current key and chain, or {@code null} when the charge point has none. One that cannot be read throws
     * {@link IllegalArgumentException} naming where it comes from (the file).
     */
    ClientIdentity current();

    /** The certificate the session presents: the configured files ({@code tls.clientCertificate}, {@code tls.clientKey}). */
    static ChargePointCertificate ofSession(OcppClient client) {
        return () -> client.config().tls().clientIdentity();
    }
}
