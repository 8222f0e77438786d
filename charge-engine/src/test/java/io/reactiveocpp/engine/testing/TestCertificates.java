package io.reactiveocpp.engine.testing;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;

/** Certificates for the certificate-management tests (EC P-256, SHA256withECDSA), made with Bouncy Castle. */
public final class TestCertificates {

    /** Valid around the scenarios' backend time, whatever the machine's clock says. */
    public static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z");
    public static final Instant TO = Instant.parse("2040-01-01T00:00:00Z");

    /** A certificate with its key pair, to issue others with. */
    public record Issued(X509CertificateHolder certificate, KeyPair keys) {
        public String pem() {
            StringWriter out = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
                writer.writeObject(certificate);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return out.toString();
        }
    }

    private TestCertificates() {
    }

    /** A self-signed CA certificate valid {@code from} to {@code to}. */
    public static Issued root(String name, BigInteger serial, Instant from, Instant to) throws Exception {
        KeyPair keys = ec();
        return new Issued(build(name, serial, from, to, keys, null, true), keys);
    }

    public static Issued root(String name, BigInteger serial) throws Exception {
        return root(name, serial, FROM, TO);
    }

    /** A certificate issued by {@code issuer}, a CA or not. */
    public static Issued issued(String name, BigInteger serial, Issued issuer, boolean ca) throws Exception {
        KeyPair keys = ec();
        return new Issued(build(name, serial, FROM, TO, keys, issuer, ca), keys);
    }

    /**
     * What a CSMS or a CA does with a PEM PKCS#10 request: a leaf certificate (CA=false) for its subject and key,
     * issued by {@code issuer}, valid {@link #FROM} to {@link #TO}; throws when the request's signature is invalid.
     */
    public static X509CertificateHolder sign(String csrPem, Issued issuer, BigInteger serial) throws Exception {
        return sign(csrPem, issuer, serial, FROM, TO);
    }

    /** {@link #sign(String, Issued, BigInteger)} valid {@code from} to {@code to}. */
    public static X509CertificateHolder sign(String csrPem, Issued issuer, BigInteger serial, Instant from, Instant to)
            throws Exception {
        PKCS10CertificationRequest request;
        try (PEMParser parser = new PEMParser(new StringReader(csrPem))) {
            request = (PKCS10CertificationRequest) parser.readObject();
        }
        if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(
                new JcaPEMKeyConverter().getPublicKey(request.getSubjectPublicKeyInfo())))) {
            throw new IllegalArgumentException("the CSR's signature is invalid");
        }
        return new X509v3CertificateBuilder(issuer.certificate().getSubject(), serial, Date.from(from), Date.from(to),
                request.getSubject(), request.getSubjectPublicKeyInfo())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.keys().getPrivate()));
    }

    /** {@code certificates} as one PEM text, in order. */
    public static String pem(X509CertificateHolder... certificates) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            for (X509CertificateHolder certificate : certificates) {
                writer.writeObject(certificate);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static X509CertificateHolder build(String name, BigInteger serial, Instant from, Instant to,
                                               KeyPair keys, Issued issuer, boolean ca) throws Exception {
        X500Name subject = new X500Name("CN=" + name + ", O=Test CA");
        return new JcaX509v3CertificateBuilder(issuer == null ? subject : issuer.certificate().getSubject(), serial,
                Date.from(from), Date.from(to), subject, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca))
                .build(new JcaContentSignerBuilder("SHA256withECDSA")
                        .build((issuer == null ? keys : issuer.keys()).getPrivate()));
    }

    private static KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }
}
