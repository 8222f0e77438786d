package io.reactiveocpp.engine.pnc;

import io.reactiveocpp.engine.security.CertificateRequests;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.util.io.pem.PemGenerationException;

import java.io.IOException;
import java.io.StringReader;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

/** PEM text of the SECC's key pairs and certificate chains as they are stored. */
final class PemKeys {

    private PemKeys() {
    }

    /**
     * {@code keys} as PEM: the private key as PKCS#8 (the JDK's encoding, with the curve), then the public key (which
     * the JDK's PKCS#8 encoding of an EC key leaves out).
     */
    static String pem(KeyPair keys) {
        try {
            return CertificateRequests.pem(new JcaPKCS8Generator(keys.getPrivate(), null).generate())
                    + CertificateRequests.pem(keys.getPublic());
        } catch (PemGenerationException e) {
            throw new IllegalStateException("PKCS#8 of an EC key", e);
        }
    }

    /** The key pair {@link #pem(KeyPair)} wrote. */
    static KeyPair read(String pem) {
        List<KeyPair> keys = readAll(pem);
        if (keys.size() != 1) {
            throw new IllegalArgumentException("not one PEM key pair but " + keys.size());
        }
        return keys.get(0);
    }

    /** The key pairs of {@code pem}, each written by {@link #pem(KeyPair)}, in order. */
    static List<KeyPair> readAll(String pem) {
        List<KeyPair> keys = new ArrayList<>();
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            PrivateKeyInfo privateKey = null;
            for (Object read = parser.readObject(); read != null; read = parser.readObject()) {
                if (read instanceof PrivateKeyInfo info && privateKey == null) {
                    privateKey = info;
                } else if (read instanceof SubjectPublicKeyInfo info && privateKey != null) {
                    keys.add(new KeyPair(converter.getPublicKey(info), converter.getPrivateKey(privateKey)));
                    privateKey = null;
                } else {
                    throw new IllegalArgumentException("not a PKCS#8 private key followed by its public key: "
                            + read.getClass().getSimpleName());
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException known) {
                throw known;
            }
            throw new IllegalArgumentException("not a PEM key: " + e.getMessage(), e);
        }
        return keys;
    }

    /** {@code chain} as one PEM text, in order. */
    static String pem(List<X509CertificateHolder> chain) {
        StringBuilder out = new StringBuilder();
        chain.forEach(certificate -> out.append(CertificateRequests.pem(certificate)));
        return out.toString();
    }
}
