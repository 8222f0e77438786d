package io.reactiveocpp.session.transport;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import io.reactiveocpp.session.TlsSettings;

import javax.net.ssl.SSLException;

/** Builds the client {@link SslContext} of a {@link TlsSettings}. */
final class TlsContexts {

    private TlsContexts() {
    }

    static SslContext forClient(TlsSettings tls) {
        SslContextBuilder builder = SslContextBuilder.forClient();
        if (tls.caBundle() != null) {
            builder.trustManager(Pem.certificates(tls.caBundle()));
        }
        if (tls.clientCertificate() != null) {
            builder.keyManager(Pem.privateKey(tls.clientKey()), Pem.certificates(tls.clientCertificate()));
        }
        if (tls.cipherStrictness() == TlsSettings.CipherStrictness.ONLY_SECURE_CIPHERS) {
            builder.protocols("TLSv1.3", "TLSv1.2")
                    .ciphers(TlsSettings.CipherStrictness.SECURE_SUITES, SupportedCipherSuiteFilter.INSTANCE);
        }
        try {
            return builder.build();
        } catch (SSLException e) {
            throw new IllegalArgumentException("cannot set up TLS: " + e.getMessage(), e);
        }
    }
}
