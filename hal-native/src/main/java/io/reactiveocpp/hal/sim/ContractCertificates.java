package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.Iso15118Stack.CertificateHashData;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test contract certificate chain, generated with Bouncy Castle when the simulator starts: an MO root, an
 * MO sub-CA and a contract leaf whose subject CN is the eMAID (EC secp256r1, ECDSA-SHA256, valid 2000 to
 * 2049), with its PEM chain (leaf, sub-CA) and its OCSP request data (leaf, sub-CA; SHA256, the responder
 * URL of the certificate's Authority Information Access). Not a secret; never trusted by anything.
 */
final class ContractCertificates {

    /** Where the test certificates say their OCSP responder is; nothing is ever fetched from it. */
    static final String RESPONDER = "http://127.0.0.1/ocsp";
    private static final AtomicLong SERIALS = new AtomicLong(0x5100);

    private final String emaid;
    private final String chainPem;
    private final List<CertificateHashData> hashData;

    /** @param contractId the contract id as printed, e.g. {@code DE*ABC*C123456*7} */
    ContractCertificates(String contractId) {
        this.emaid = normalize(contractId);
        try {
            KeyPair rootKeys = keys();
            KeyPair subKeys = keys();
            KeyPair leafKeys = keys();
            X500Name rootName = new X500Name("CN=Simulated MO Root,O=reactive-ocpp");
            X500Name subName = new X500Name("CN=Simulated MO Sub-CA,O=reactive-ocpp");
            // the MO root stays with the simulator: the chain an EV sends ends below it
            X509CertificateHolder sub = sign(rootName, subName, subKeys, rootKeys, true);
            X509CertificateHolder leaf = sign(subName, new X500Name("CN=" + emaid + ",O=reactive-ocpp"), leafKeys,
                    subKeys, false);
            this.chainPem = pem(leaf) + pem(sub);
            this.hashData = List.of(hashData(leaf, subKeys), hashData(sub, rootKeys));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not generate the simulated contract certificates", e);
        }
    }

    /**
     * The eMAID as ISO 15118-2 puts it in the contract certificate and OCPP 2.0.1 sends it as idToken: without
     * the {@code *} and {@code -} separators of its printed form, upper case ({@code DE*ABC*C123456*7} is
     * {@code DEABCC1234567}).
     */
    static String normalize(String contractId) {
        return contractId.replace("*", "").replace("-", "").toUpperCase(Locale.ROOT);
    }

    String emaid() {
        return emaid;
    }

    String chainPem() {
        return chainPem;
    }

    List<CertificateHashData> hashData() {
        return hashData;
    }

    private static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509CertificateHolder sign(X500Name issuer, X500Name subject, KeyPair subjectKeys, KeyPair issuerKeys,
                                              boolean ca) throws IOException, GeneralSecurityException {
        try {
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(Instant.parse("2000-01-01T00:00:00Z")),
                    Date.from(Instant.parse("2049-12-31T00:00:00Z")), subject,
                    SubjectPublicKeyInfo.getInstance(subjectKeys.getPublic().getEncoded()));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                    AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, RESPONDER)));
            return builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate()));
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static CertificateHashData hashData(X509CertificateHolder certificate, KeyPair issuerKeys)
            throws GeneralSecurityException, IOException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        String nameHash = HexFormat.of().formatHex(sha256.digest(certificate.getIssuer().getEncoded("DER")));
        byte[] key = SubjectPublicKeyInfo.getInstance(issuerKeys.getPublic().getEncoded()).getPublicKeyData().getBytes();
        String keyHash = HexFormat.of().formatHex(sha256.digest(key));
        return new CertificateHashData("SHA256", nameHash, keyHash, certificate.getSerialNumber().toString(16), RESPONDER);
    }

    private static String pem(X509CertificateHolder certificate) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(certificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
