package io.reactiveocpp.engine.security;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

import java.io.IOException;
import java.io.StringWriter;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/**
 * Key pairs and certificate signing requests of the charge point's own certificates (the security whitepaper's
 * SignCertificate and Plug &amp; Charge's SECC certificate): an EC key on secp256r1 (NIST P-256, as both documents
 * and ISO 15118-2 ask) and a PKCS#10 request signed SHA256withECDSA, written as PEM. Bouncy Castle builds the request;
 * the JDK generates the key.
 */
public final class CertificateRequests {

    private CertificateRequests() {
    }

    /** A new secp256r1 key pair. */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make secp256r1 keys", e);
        }
    }

    /**
     * The PEM PKCS#10 request for {@code keys} with {@code subject}, e.g. {@code new X500Name("CN=serial,O=cpo")}
     * (build it with {@code X500NameBuilder} when values come from outside: it escapes them).
     */
    public static String csr(KeyPair keys, X500Name subject) {
        try {
            PKCS10CertificationRequest request = new JcaPKCS10CertificationRequestBuilder(subject, keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
            return pem(request);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign a CSR with an EC key", e);
        }
    }

    /** {@code object} (a certificate, a request, a key) as PEM. */
    public static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new IllegalStateException("PEM of " + object.getClass().getSimpleName(), e);
        }
        return out.toString();
    }
}
