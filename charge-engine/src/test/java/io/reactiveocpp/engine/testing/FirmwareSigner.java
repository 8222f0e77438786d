package io.reactiveocpp.engine.testing;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * A manufacturer in a test: a root CA and a firmware signing certificate issued by it (EC P-256, or RSA 2048 for
 * the signing key), generated with Bouncy Castle, and signatures over firmware images.
 */
public final class FirmwareSigner {

    private final KeyPair rootKeys;
    private final X509CertificateHolder root;
    private final KeyPair signingKeys;
    private final X509CertificateHolder signing;

    public FirmwareSigner(String name, boolean rsa) throws Exception {
        rootKeys = ec();
        // valid around the scenarios' backend time, whatever the machine's clock says
        Instant from = Instant.parse("2020-01-01T00:00:00Z");
        Instant to = Instant.parse("2040-01-01T00:00:00Z");
        root = new JcaX509v3CertificateBuilder(new X500Name("CN=" + name + " Root"), BigInteger.ONE,
                Date.from(from), Date.from(to),
                new X500Name("CN=" + name + " Root"), rootKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(rootKeys.getPrivate()));
        if (rsa) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            signingKeys = generator.generateKeyPair();
        } else {
            signingKeys = ec();
        }
        signing = new JcaX509v3CertificateBuilder(root.getSubject(), BigInteger.TWO,
                Date.from(from), Date.from(to),
                new X500Name("CN=" + name + " Firmware Signing"), signingKeys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(rootKeys.getPrivate()));
    }

    /** Writes the root certificate as PEM to {@code file}; returns the file. */
    public Path writeRoot(Path file) throws IOException {
        return Files.writeString(file, pem(root));
    }

    /** The root certificate as PEM (for InstallCertificate ManufacturerRootCertificate). */
    public String rootPem() throws IOException {
        return pem(root);
    }

    public String signingCertificatePem() throws IOException {
        return pem(signing);
    }

    /** The base64 signature over {@code image}, SHA256withRSA or SHA256withECDSA after the signing key. */
    public String sign(byte[] image) throws GeneralSecurityException {
        Signature signer = Signature.getInstance(signingKeys.getPublic().getAlgorithm().equals("RSA")
                ? "SHA256withRSA" : "SHA256withECDSA");
        signer.initSign(signingKeys.getPrivate());
        signer.update(image);
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    private static KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static String pem(X509CertificateHolder certificate) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(certificate);
        }
        return out.toString();
    }
}
