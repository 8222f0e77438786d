package io.reactiveocpp.session.transport;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import io.reactiveocpp.session.ClientIdentity;
import io.reactiveocpp.session.TlsSettings;

import javax.net.ssl.SSLException;
import java.security.cert.X509Certificate;
import java.util.List;

/** Builds the client {@link SslContext} of a {@link TlsSettings}. */
final class TlsContexts {

    private TlsContexts() {
    }

    static SslContext forClient(TlsSettings tls) {
        SslContextBuilder builder = SslContextBuilder.forClient();
        List<X509Certificate> anchors = TlsClients.anchors(tls);
        if (anchors != null) {
            builder.trustManager(anchors);
        }
        ClientIdentity identity = tls.clientIdentity();
        if (identity != null) {
            builder.keyManager(identity.key(), identity.chain());
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
