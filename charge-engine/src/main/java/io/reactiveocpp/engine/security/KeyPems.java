package io.reactiveocpp.engine.security;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.util.io.pem.PemGenerationException;

import java.io.IOException;
import java.io.StringReader;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

/**
 * Key pairs as they are stored: PEM text of the private key as PKCS#8 ({@code PRIVATE KEY}, the JDK's encoding, which
 * keeps the curve), then the public key ({@code PUBLIC KEY}, which the JDK's PKCS#8 encoding of an EC key leaves out).
 * The charge point certificate's keys and Plug &amp; Charge's SECC keys use it.
 */
public final class KeyPems {

    private KeyPems() {
    }

    /** {@code keys} as PEM. */
    public static String write(KeyPair keys) {
        try {
            return CertificateRequests.pem(new JcaPKCS8Generator(keys.getPrivate(), null).generate())
                    + CertificateRequests.pem(keys.getPublic());
        } catch (PemGenerationException e) {
            throw new IllegalStateException("PKCS#8 of an EC key", e);
        }
    }

    /** The one key pair {@link #write} wrote; throws {@link IllegalArgumentException} saying what is wrong. */
    public static KeyPair read(String pem) {
        List<KeyPair> keys = readAll(pem);
        if (keys.size() != 1) {
            throw new IllegalArgumentException("key: not one PEM key pair but " + keys.size());
        }
        return keys.get(0);
    }

    /** The key pairs of {@code pem}, each written by {@link #write}, in order. */
    public static List<KeyPair> readAll(String pem) {
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
                    throw new IllegalArgumentException("key: not a PKCS#8 private key followed by its public key: "
                            + read.getClass().getSimpleName());
                }
            }
            if (privateKey != null) {
                throw new IllegalArgumentException("key: the PEM has no public key after its private key");
            }
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) { // Bouncy Castle throws both for broken base64 or DER
            throw new IllegalArgumentException("key: not a PEM key pair: " + e.getMessage(), e);
        }
        return keys;
    }
}
