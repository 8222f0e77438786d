package io.reactiveocpp.session;

import io.reactiveocpp.session.transport.Pem;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a {@code wss://} connection is secured.
 *
 * @param serverVerification {@code TlsServerVerification}: {@code FULL} checks the chain and the host name,
 *                           {@code SKIP_HOST_CHECK} checks the chain only
 * @param cipherStrictness   {@code TlsCipherStrictness}
 * @param caBundle           PEM file of trusted CA certificates; {@code null} uses the JDK's trust store
 * @param clientCertificate  PEM certificate chain for mutual TLS, or {@code null}
 * @param clientKey          PEM private key (PKCS#8 or the traditional RSA/EC form) of the client
 *                           certificate, or {@code null}
 * @param trusted            CA certificates trusted in addition to the CA bundle (or to the JDK's trust store
 *                           without one): the CentralSystemRootCertificates installed on the charge point
 * @param identity           the client certificate held in memory (a certificate store's); when given it is used
 *                           instead of {@code clientCertificate}/{@code clientKey}
 *
 * <p>Records compare by content: the files by path (their contents are read when the settings change, not per
 * connection), the certificates and the identity by their encoded form.
 */
public record TlsSettings(
        ServerVerification serverVerification,
        CipherStrictness cipherStrictness,
        Path caBundle,
        Path clientCertificate,
        Path clientKey,
        List<X509Certificate> trusted,
        ClientIdentity identity) {

    /** Full verification, secure ciphers only, the JDK's trust store, no client certificate. */
    public static final TlsSettings DEFAULT =
            new TlsSettings(ServerVerification.FULL, CipherStrictness.ONLY_SECURE_CIPHERS, null, null, null);

    public TlsSettings {
        if (serverVerification == null || cipherStrictness == null) {
            throw new IllegalArgumentException("serverVerification and cipherStrictness are required");
        }
        if ((clientCertificate == null) != (clientKey == null)) {
            throw new IllegalArgumentException("clientCertificate and clientKey go together");
        }
        trusted = trusted == null ? List.of() : List.copyOf(trusted);
    }

    /** Settings from files only: no certificate held in memory. */
    public TlsSettings(ServerVerification serverVerification, CipherStrictness cipherStrictness, Path caBundle,
                       Path clientCertificate, Path clientKey) {
        this(serverVerification, cipherStrictness, caBundle, clientCertificate, clientKey, List.of(), null);
    }

    /** These settings trusting {@code roots} in addition to the CA bundle. */
    public TlsSettings withTrusted(List<X509Certificate> roots) {
        return new TlsSettings(serverVerification, cipherStrictness, caBundle, clientCertificate, clientKey, roots,
                identity);
    }

    /** These settings with a client certificate held in memory ({@code null}: the files, if any). */
    public TlsSettings withIdentity(ClientIdentity clientIdentity) {
        return new TlsSettings(serverVerification, cipherStrictness, caBundle, clientCertificate, clientKey, trusted,
                clientIdentity);
    }

    /** Whether a CA is configured: a CA bundle or a trusted root. */
    public boolean hasCa() {
        return caBundle != null || !trusted.isEmpty();
    }

    /**
     * The CA certificates to trust: the CA bundle's ({@code jdkAnchors} without one), then {@link #trusted};
     * {@code null} when neither is given (the JDK's trust store alone). Reads the CA bundle; an unreadable one throws
     * {@link IllegalArgumentException} naming the file.
     */
    public List<X509Certificate> trustAnchors(List<X509Certificate> jdkAnchors) {
        if (!hasCa()) {
            return null;
        }
        List<X509Certificate> anchors = new ArrayList<>(caBundle != null ? List.of(Pem.certificates(caBundle))
                : jdkAnchors);
        anchors.addAll(trusted);
        return anchors;
    }

    /**
     * The client certificate: {@link #identity} or the one read from the files; {@code null} without either.
     * An unreadable file throws {@link IllegalArgumentException} naming it.
     */
    public ClientIdentity clientIdentity() {
        if (identity != null) {
            return identity;
        }
        return clientCertificate == null ? null : ClientIdentity.read(clientCertificate, clientKey);
    }

    /** {@code TlsServerVerification}. */
    public enum ServerVerification {
        FULL("full"), SKIP_HOST_CHECK("skip-host-check");

        private final String key;

        ServerVerification(String key) {
            this.key = key;
        }

        /** The configuration value. */
        public String key() {
            return key;
        }

        public static ServerVerification fromKey(String key) {
            for (ServerVerification v : values()) {
                if (v.key.equals(key)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("TlsServerVerification must be full or skip-host-check");
        }
    }

    /** {@code TlsCipherStrictness}. */
    public enum CipherStrictness {
        /**
         * TLS 1.2 and 1.3 with the cipher suites of the OCPP 1.6 security whitepaper (section 4.1.1): the
         * four ECDHE AES-GCM suites for 1.2, and the AEAD suites TLS 1.3 always uses.
         */
        ONLY_SECURE_CIPHERS("only-secure-ciphers"),
        /** Whatever the JDK enables. */
        ALL_CIPHERS("all-ciphers");

        /** The TLS 1.2 suites of the whitepaper, followed by TLS 1.3's (which it predates). */
        public static final List<String> SECURE_SUITES = List.of(
                "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
                "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
                "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
                "TLS_AES_128_GCM_SHA256",
                "TLS_AES_256_GCM_SHA384",
                "TLS_CHACHA20_POLY1305_SHA256");

        private final String key;

        CipherStrictness(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static CipherStrictness fromKey(String key) {
            for (CipherStrictness v : values()) {
                if (v.key.equals(key)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("TlsCipherStrictness must be only-secure-ciphers or all-ciphers");
        }
    }
}
