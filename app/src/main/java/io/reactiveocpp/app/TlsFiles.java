package io.reactiveocpp.app;

import io.reactiveocpp.session.ClientIdentity;
import io.reactiveocpp.session.transport.Pem;

import java.nio.file.Path;

/**
 * The PEM files of the OCPP link's TLS ({@code tls:} in the configuration file): read once here, so that a missing
 * or unreadable file stops the start with an error naming the setting and the file, rather than failing every
 * connection attempt later.
 *
 * @param caBundle          {@code tls.caBundle}: the CA certificates the backend's certificate is checked against,
 *                          besides the installed CentralSystemRootCertificates; {@code null}: the JDK's trust store
 * @param clientCertificate {@code tls.clientCertificate}: the charge point certificate chain (leaf first) for
 *                          mutual TLS (security profile 3), or {@code null}
 * @param clientKey         {@code tls.clientKey}: its private key (PKCS#8 or traditional EC/RSA), with the certificate
 */
public record TlsFiles(Path caBundle, Path clientCertificate, Path clientKey) {

    /** No files: the JDK's trust store and no client certificate. */
    public static final TlsFiles NONE = new TlsFiles(null, null, null);

    public TlsFiles {
        if ((clientCertificate == null) != (clientKey == null)) {
            throw new IllegalArgumentException("tls.clientCertificate and tls.clientKey go together: give both or none");
        }
        if (caBundle != null) {
            named("tls.caBundle", () -> Pem.certificates(caBundle));
        }
        if (clientCertificate != null) {
            named("tls.clientCertificate", () -> Pem.certificates(clientCertificate));
            named("tls.clientKey", () -> Pem.privateKey(clientKey));
            named("tls.clientKey", () -> {
                if (ClientIdentity.read(clientCertificate, clientKey).keyProblem() != null) {
                    throw new IllegalArgumentException(clientKey + " is not the key of the certificate in "
                            + clientCertificate);
                }
                return null;
            });
        }
    }

    private static void named(String setting, java.util.function.Supplier<Object> read) {
        try {
            read.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + ": " + e.getMessage(), e);
        }
    }
}
