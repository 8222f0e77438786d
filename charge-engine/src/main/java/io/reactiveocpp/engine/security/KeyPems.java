package io.reactiveocpp.engine.security;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.util.io.pem.PemGenerationException;

import java.io.IOException;
import java.io.StringReader;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;

/** A key pair as PEM text: the private key, then the public key (the private key's PEM need not carry it). */
final class KeyPems {

    private KeyPems() {
    }

    /** PKCS#8 ({@code PRIVATE KEY}, which keeps the curve) and X.509 ({@code PUBLIC KEY}). */
    static String write(KeyPair keys) {
        try {
            return CertificateRequests.pem(new JcaPKCS8Generator(keys.getPrivate(), null).generate())
                    + CertificateRequests.pem(keys.getPublic());
        } catch (PemGenerationException e) {
            throw new IllegalStateException("PKCS#8 of an EC key", e);
        }
    }

    /** The key pair of {@code pem}; throws {@link IllegalArgumentException} naming what is missing. */
    static KeyPair read(String pem) {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        PrivateKey privateKey = null;
        PublicKey publicKey = null;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object next = parser.readObject(); next != null; next = parser.readObject()) {
                if (next instanceof PEMKeyPair pair) {
                    privateKey = converter.getPrivateKey(pair.getPrivateKeyInfo());
                    if (pair.getPublicKeyInfo() != null) {
                        publicKey = converter.getPublicKey(pair.getPublicKeyInfo());
                    }
                } else if (next instanceof PrivateKeyInfo info) {
                    privateKey = converter.getPrivateKey(info);
                } else if (next instanceof SubjectPublicKeyInfo info) {
                    publicKey = converter.getPublicKey(info);
                }
            }
        } catch (IOException | RuntimeException e) { // Bouncy Castle throws both for broken base64 or DER
            throw new IllegalArgumentException("key: not a PEM key pair: " + e.getMessage(), e);
        }
        if (privateKey == null || publicKey == null) {
            throw new IllegalArgumentException("key: the PEM has no " + (privateKey == null ? "private" : "public")
                    + " key");
        }
        return new KeyPair(publicKey, privateKey);
    }
}
