package io.reactiveocpp.session.transport;

import io.reactiveocpp.session.ClientIdentity;
import io.reactiveocpp.session.TlsSettings;
import io.netty.handler.ssl.SslContext;
import reactor.netty.http.client.HttpClient;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The session's TLS client settings ({@code TlsServerVerification}, {@code TlsCipherStrictness}, the CA bundle and
 * the client certificate of a {@link TlsSettings}) for other clients of the same station, such as the file
 * transfers of firmware and diagnostics: one place decides what a charge point trusts.
 *
 * <p>Errors (an unreadable PEM file) are {@link IllegalArgumentException}s naming the file.
 */
public final class TlsClients {

    private TlsClients() {
    }

    /**
     * {@code client} secured as the session's WebSocket is: its trust and ciphers, and the host name checked only
     * with {@link TlsSettings.ServerVerification#FULL}.
     */
    public static HttpClient secure(HttpClient client, TlsSettings tls) {
        return secure(client, tls, TlsContexts.forClient(tls));
    }

    /** {@link #secure(HttpClient, TlsSettings)} with the context already built for {@code tls}. */
    static HttpClient secure(HttpClient client, TlsSettings tls, SslContext context) {
        if (tls.serverVerification() == TlsSettings.ServerVerification.FULL) {
            // Reactor Netty's default for clients verifies the host name (HTTPS endpoint identification)
            return client.secure(ssl -> ssl.sslContext(context));
        }
        return client.secure(ssl -> ssl.sslContext(context).handlerConfigurator(handler -> {
            SSLEngine engine = handler.engine();
            SSLParameters parameters = engine.getSSLParameters();
            // "" switches the check off; null would be ignored by setSSLParameters and keep Netty's HTTPS default
            parameters.setEndpointIdentificationAlgorithm("");
            engine.setSSLParameters(parameters);
        }));
    }

    /** The trust of {@code tls} for a JSSE client: its CA bundle, else the JDK's trust store. */
    public static X509TrustManager trustManager(TlsSettings tls) {
        List<X509Certificate> anchors = anchors(tls);
        try {
            KeyStore store = null;
            if (anchors != null) {
                store = emptyStore();
                int i = 0;
                for (X509Certificate certificate : anchors) {
                    store.setCertificateEntry("ca-" + i++, certificate);
                }
            }
            return trustManager(store);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("cannot set up TLS trust: " + e.getMessage(), e);
        }
    }

    /**
     * The CA certificates {@code tls} trusts: its CA bundle (else the JDK's trust store) and its installed roots;
     * {@code null} for the JDK's trust store alone.
     */
    static List<X509Certificate> anchors(TlsSettings tls) {
        if (tls.caBundle() != null || tls.trusted().isEmpty()) {
            return tls.trustAnchors(List.of());
        }
        try {
            return tls.trustAnchors(List.of(trustManager((KeyStore) null).getAcceptedIssuers()));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the JDK's trust store: " + e.getMessage(), e);
        }
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager) {
                return (X509TrustManager) manager;
            }
        }
        throw new IllegalArgumentException("no X.509 trust manager in this JDK");
    }

    /** The client certificate of {@code tls} for a JSSE client, or {@code null} when it has none. */
    public static KeyManager keyManager(TlsSettings tls) {
        ClientIdentity identity = tls.clientIdentity();
        if (identity == null) {
            return null;
        }
        try {
            KeyStore store = emptyStore();
            char[] password = new char[0];
            store.setKeyEntry("client", identity.key(), password, identity.chain().toArray(new X509Certificate[0]));
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, password);
            return factory.getKeyManagers()[0];
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("cannot set up the TLS client certificate: " + e.getMessage(), e);
        }
    }

    private static KeyStore emptyStore() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        return store;
    }
}
