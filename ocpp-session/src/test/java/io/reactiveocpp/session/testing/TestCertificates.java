package io.reactiveocpp.session.testing;

import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** EC P-256 certificates made with Bouncy Castle (self-signed, or a root and what it issues), for TLS tests on 127.0.0.1. */
public final class TestCertificates {

    private TestCertificates() {
    }

    /** How a private key is written. */
    public enum KeyFormat {
        /** {@code BEGIN PRIVATE KEY}. */
        PKCS8,
        /** {@code BEGIN EC PRIVATE KEY} (RFC 5915, with the curve and the public key, as OpenSSL writes it). */
        TRADITIONAL
    }

    /** A key pair and its self-signed certificate. */
    public record Issued(KeyPair keys, X509Certificate certificate) {

        public PrivateKey key() {
            return keys.getPrivate();
        }

        /** Writes the certificate as PEM. */
        public Path writeCertificate(Path file) {
            return write(file, certificate);
        }

        /** Writes the private key as PEM in this format. */
        public Path writeKey(Path file, KeyFormat format) {
            try {
                if (format == KeyFormat.PKCS8) {
                    return write(file, new JcaPKCS8Generator(keys.getPrivate(), null).generate());
                }
                // JcaPEMWriter would write the JDK's key without its curve: build the RFC 5915 structure ourselves
                SubjectPublicKeyInfo publicKey = SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
                ECPrivateKey sec1 = new ECPrivateKey(256, ((java.security.interfaces.ECPrivateKey) keys.getPrivate())
                        .getS(), publicKey.getPublicKeyData(), publicKey.getAlgorithm().getParameters());
                return write(file, new PemObject("EC PRIVATE KEY", sec1.getEncoded()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot encode the key", e);
            }
        }

        /** Writes this certificate and then {@code issuers} as one PEM chain. */
        public Path writeChain(Path file, X509Certificate... issuers) {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
                 JcaPEMWriter pem = new JcaPEMWriter(out)) {
                pem.writeObject(certificate);
                for (X509Certificate issuer : issuers) {
                    pem.writeObject(issuer);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot write " + file, e);
            }
            return file;
        }

        /** A certificate for server and client authentication signed by this one (a CA), valid from/until. */
        public Issued issue(String commonName, List<String> dnsNames, List<String> ipAddresses, Instant from,
                            Instant until) {
            return make(commonName, dnsNames, ipAddresses, from, until, false, this);
        }

        /**
         * What a CSMS does with a charge point's PEM PKCS#10 request (SignCertificate): a client certificate for its
         * subject and key signed by this one (a CA), valid from an hour ago for a day, as PEM.
         */
        public String signRequest(String csrPem) {
            try (org.bouncycastle.openssl.PEMParser parser = new org.bouncycastle.openssl.PEMParser(
                    new java.io.StringReader(csrPem))) {
                var request = (org.bouncycastle.pkcs.PKCS10CertificationRequest) parser.readObject();
                Instant now = Instant.now();
                X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                        X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                        BigInteger.valueOf(System.nanoTime()), Date.from(now.minus(Duration.ofHours(1))),
                        Date.from(now.plus(Duration.ofDays(1))), request.getSubject(), request.getSubjectPublicKeyInfo())
                        .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
                var signed = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key()));
                java.io.StringWriter out = new java.io.StringWriter();
                try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
                    pem.writeObject(signed);
                }
                return out.toString();
            } catch (IOException | org.bouncycastle.operator.OperatorCreationException | ClassCastException e) {
                throw new IllegalStateException("cannot sign the request", e);
            }
        }

        /** {@link #issue} valid from an hour ago for a day. */
        public Issued issue(String commonName, List<String> dnsNames, List<String> ipAddresses) {
            Instant now = Instant.now();
            return issue(commonName, dnsNames, ipAddresses, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
        }

        private static Path write(Path file, Object item) {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
                 JcaPEMWriter pem = new JcaPEMWriter(out)) {
                pem.writeObject(item);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write " + file, e);
            }
            return file;
        }
    }

    /**
     * A self-signed certificate valid for a day, usable for server and client authentication, with these
     * subject alternative names.
     */
    public static Issued selfSigned(String commonName, List<String> dnsNames, List<String> ipAddresses) {
        Instant now = Instant.now();
        return make(commonName, dnsNames, ipAddresses, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)),
                false, null);
    }

    /** A self-signed root CA (basicConstraints CA=true) valid for a day. */
    public static Issued root(String commonName) {
        Instant now = Instant.now();
        return make(commonName, List.of(), List.of(), now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)),
                true, null);
    }

    private static Issued make(String commonName, List<String> dnsNames, List<String> ipAddresses, Instant from,
                               Instant until, boolean ca, Issued issuer) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=" + commonName);
            X500Name issuerName = issuer == null ? name
                    : X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                    BigInteger.valueOf(System.nanoTime()), Date.from(from), Date.from(until), name, keys.getPublic());
            if (ca) {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            }
            List<GeneralName> names = new ArrayList<>();
            dnsNames.forEach(dns -> names.add(new GeneralName(GeneralName.dNSName, dns)));
            ipAddresses.forEach(ip -> names.add(new GeneralName(GeneralName.iPAddress, ip)));
            if (!names.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(names.toArray(new GeneralName[0])));
            }
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyCertSign));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                    new KeyPurposeId[]{KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA")
                            .build(issuer == null ? keys.getPrivate() : issuer.key())));
            return new Issued(keys, certificate);
        } catch (GeneralSecurityException | IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("cannot make a test certificate", e);
        }
    }
}
