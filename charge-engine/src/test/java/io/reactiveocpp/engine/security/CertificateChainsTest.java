package io.reactiveocpp.engine.security;

import io.reactiveocpp.engine.testing.TestCertificates;
import io.reactiveocpp.engine.testing.TestCertificates.Issued;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificateChainsTest {

    private static final Date NOW = Date.from(Instant.parse("2026-06-01T00:00:00Z"));

    @Test
    void aCsrParsesWithItsSubjectAndIsSignedByTheNewP256Key() throws Exception {
        KeyPair keys = CertificateRequests.newKeyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, "CP-0001").addRDN(BCStyle.O, "Acme, Charging").build();

        String pem = CertificateRequests.csr(keys, subject);

        assertThat(pem).startsWith("-----BEGIN CERTIFICATE REQUEST-----");
        PKCS10CertificationRequest request;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            request = (PKCS10CertificationRequest) parser.readObject();
        }
        assertThat(request.getSubject()).isEqualTo(subject);
        assertThat(request.getSubject().toString()).contains("O=Acme\\, Charging");
        assertThat(request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(keys.getPublic()))).isTrue();
        assertThat(((ECPublicKey) keys.getPublic()).getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
    }

    @Test
    void aChainSignedForTheRequestedKeyIsAcceptedUpToAnInstalledRoot() throws Exception {
        Issued root = TestCertificates.root("CSMS Root", BigInteger.ONE);
        Issued sub = TestCertificates.issued("CSMS Sub CA", BigInteger.TWO, root, true);
        KeyPair keys = CertificateRequests.newKeyPair();
        X509CertificateHolder leaf = TestCertificates.sign(
                CertificateRequests.csr(keys, new X500Name("CN=CP-0001,O=Acme")), sub, BigInteger.TEN);

        List<X509CertificateHolder> chain = CertificateChains.verify(TestCertificates.pem(leaf, sub.certificate()),
                List.of(root.certificate()), NOW, keys.getPublic());

        assertThat(chain).containsExactly(leaf, sub.certificate());
    }

    @Test
    void aForeignChainAWrongKeyAndABrokenOrderAreRefusedWithTheReason() throws Exception {
        Issued root = TestCertificates.root("CSMS Root", BigInteger.ONE);
        Issued foreign = TestCertificates.root("Foreign Root", BigInteger.TWO);
        KeyPair keys = CertificateRequests.newKeyPair();
        String csr = CertificateRequests.csr(keys, new X500Name("CN=CP-0001"));
        X509CertificateHolder byForeign = TestCertificates.sign(csr, foreign, BigInteger.TEN);
        X509CertificateHolder byRoot = TestCertificates.sign(csr, root, BigInteger.TEN);
        Issued sub = TestCertificates.issued("Sub", BigInteger.valueOf(3), root, true);

        assertThatThrownBy(() -> CertificateChains.verify(TestCertificates.pem(byForeign), List.of(root.certificate()),
                NOW, keys.getPublic())).hasMessageContaining("no installed root");
        assertThatThrownBy(() -> CertificateChains.verify(TestCertificates.pem(byRoot), List.of(root.certificate()),
                NOW, CertificateRequests.newKeyPair().getPublic())).hasMessageContaining("not for the key");
        assertThatThrownBy(() -> CertificateChains.verify(TestCertificates.pem(byRoot, sub.certificate()),
                List.of(root.certificate()), NOW, keys.getPublic())).hasMessageContaining("not signed by the next");
        assertThatThrownBy(() -> CertificateChains.verify(TestCertificates.pem(byRoot), List.of(root.certificate()),
                Date.from(Instant.parse("2045-01-01T00:00:00Z")), keys.getPublic())).hasMessageContaining("not valid at");
        assertThatThrownBy(() -> CertificateChains.verify("junk", List.of(root.certificate()), NOW, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no PEM certificate");
    }
}
