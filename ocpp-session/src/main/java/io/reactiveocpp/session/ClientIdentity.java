package io.reactiveocpp.session;

import io.reactiveocpp.session.transport.Pem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * The charge point's certificate for mutual TLS (security profile 3): its private key and its chain, leaf first.
 * Two identities are equal when their keys and certificates are equal in encoded form, so a {@link TlsSettings}
 * holding one compares by content. {@link #toString()} never shows the key.
 *
 * @param key   the private key of the leaf certificate
 * @param chain the leaf certificate, then its issuers (at least the leaf)
 */
public record ClientIdentity(PrivateKey key, List<X509Certificate> chain) {

    public ClientIdentity {
        if (key == null) {
            throw new IllegalArgumentException("key is required");
        }
        if (chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("chain must hold at least the charge point certificate");
        }
        chain = List.copyOf(chain);
    }

    /** Reads the chain and the key from PEM files; errors name the file. */
    public static ClientIdentity read(Path chainFile, Path keyFile) {
        return new ClientIdentity(Pem.privateKey(keyFile), List.of(Pem.certificates(chainFile)));
    }

    /** The charge point certificate (the leaf). */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * {@code null} when the certificate is valid at {@code now} (within notBefore and notAfter) and the key belongs
     * to it, else why not.
     */
    public String problemAt(Instant now) {
        X509Certificate leaf = certificate();
        Date at = Date.from(now);
        if (at.before(leaf.getNotBefore()) || at.after(leaf.getNotAfter())) {
            return "the charge point certificate is not valid at " + now + " (valid " + leaf.getNotBefore().toInstant()
                    + " to " + leaf.getNotAfter().toInstant() + ")";
        }
        return keyProblem();
    }

    /** {@code null} when the key belongs to the certificate, else what is wrong. */
    public String keyProblem() {
        return keyMatches() ? null : "the private key does not belong to the charge point certificate";
    }

    /** Signs a probe with the key and verifies it with the certificate's public key. */
    private boolean keyMatches() {
        String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256with" + key.getAlgorithm();
        try {
            byte[] probe = "reactive-ocpp key check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate().getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientIdentity that && Arrays.equals(key.getEncoded(), that.key.getEncoded())
                && chain.equals(that.chain); // X509Certificate.equals compares the encoded form
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(key.getEncoded()) + chain.hashCode();
    }

    @Override
    public String toString() {
        return "ClientIdentity[" + certificate().getSubjectX500Principal() + ", chain of " + chain.size() + "]";
    }
}
