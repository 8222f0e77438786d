package io.reactiveocpp.engine.security;

import io.reactiveocpp.engine.store.EngineStore;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The charge point's own certificate (OCPP 1.6 security whitepaper edition 3, use cases A02/A03): the private key
 * and the chain the Central System signed for it, which the transport presents for security profile 3 (mutual TLS).
 * The seam between the engine, which installs a new one after an accepted CertificateSigned, and the session, which
 * builds its TLS context from {@link #current()} and rebuilds it when {@link #onChange} tells of a new one.
 *
 * <p>Persisted in the engine store's namespace {@value #NAMESPACE} (key {@code key}: the key pair as PEM, key
 * {@code chain}: the chain as PEM, leaf first). The private key may stay in the store because the store is private
 * to the service: the app keeps it in its DataDirectory, which it creates owner-only ({@code rwx------}) and whose
 * database files it creates and keeps {@code rw-------}; the store is never exported (diagnostics archives carry the
 * configuration without secrets, not the database).
 *
 * <p>Threads: {@link #current()} may be called from any thread (it reads one immutable snapshot); everything else,
 * and the {@link #onChange} listeners, run on the engine's scheduler.
 */
public final class ChargePointCertificates {

    static final String NAMESPACE = "chargePointCertificate";
    private static final Logger LOG = LoggerFactory.getLogger(ChargePointCertificates.class);
    private static final String KEY = "key";
    private static final String CHAIN = "chain";

    /**
     * The charge point's key and certificate chain, as the JDK's TLS wants them.
     *
     * @param key   the private key of the leaf, an EC secp256r1 key
     * @param chain the leaf first, then its issuers up to (not necessarily including) the Central System's root
     */
    public record Credentials(PrivateKey key, List<X509Certificate> chain) {
        public Credentials {
            Objects.requireNonNull(key, "key");
            chain = List.copyOf(Objects.requireNonNull(chain, "chain"));
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("chain: at least the charge point's certificate");
            }
        }

        /** The charge point's certificate, first of the chain. */
        public X509Certificate leaf() {
            return chain.get(0);
        }
    }

    private final EngineStore store;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>(); // registered from the app's thread too
    private volatile Credentials current; // written on the engine's scheduler, read by the transport's threads

    public ChargePointCertificates(EngineStore store) {
        this.store = store;
    }

    /** The installed key and chain, or empty while the Central System has signed none. Any thread. */
    public Optional<Credentials> current() {
        return Optional.ofNullable(current);
    }

    /**
     * Runs {@code listener} (on the engine's scheduler) each time a new certificate replaces the current one, after
     * {@link #current()} returns it; the next connection should use it. Register before the engine starts.
     */
    public void onChange(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Loads the stored key and chain; one that cannot be read is dropped with an ERROR (a new CSR will be needed). */
    void restore() {
        var stored = store.load(NAMESPACE);
        String key = stored.get(KEY);
        String chain = stored.get(CHAIN);
        if (key == null || chain == null) {
            return;
        }
        try {
            current = credentials(KeyPems.read(key), CertificateChains.read(chain));
        } catch (IllegalArgumentException e) {
            LOG.error("the stored charge point certificate cannot be read, not used: {}", e.getMessage());
        }
    }

    /** Replaces the current key and chain by {@code keys} and the verified {@code chain}, stores them, tells. */
    void install(KeyPair keys, List<X509CertificateHolder> chain) {
        Credentials installed = credentials(keys, chain);
        StringBuilder pem = new StringBuilder();
        chain.forEach(certificate -> pem.append(CertificateRequests.pem(certificate)));
        store.put(NAMESPACE, KEY, KeyPems.write(keys));
        store.put(NAMESPACE, CHAIN, pem.toString());
        current = installed;
        LOG.info("charge point certificate installed: {}, valid until {}", chain.get(0).getSubject(),
                chain.get(0).getNotAfter().toInstant());
        listeners.forEach(Runnable::run);
    }

    private static Credentials credentials(KeyPair keys, List<X509CertificateHolder> chain) {
        List<X509Certificate> converted = new ArrayList<>();
        try {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            for (X509CertificateHolder certificate : chain) {
                converted.add(converter.getCertificate(certificate));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("chain: " + e.getMessage(), e);
        }
        return new Credentials(keys.getPrivate(), converted);
    }
}
