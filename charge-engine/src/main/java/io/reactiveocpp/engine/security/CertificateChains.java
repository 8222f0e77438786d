package io.reactiveocpp.engine.security;

import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

import java.io.IOException;
import java.io.StringReader;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads PEM certificate chains and checks them the way CertificateSigned (security whitepaper use case A02/A03, and
 * Plug &amp; Charge's SECC certificate) asks: the leaf first, each certificate signed by the next, the last signed by
 * one of the trusted roots (or being one), every certificate valid at the given time, and the leaf's key the one the
 * charge point made the request with. Errors are {@link IllegalArgumentException}s saying which certificate failed
 * and why.
 */
public final class CertificateChains {

    private CertificateChains() {
    }

    /** {@code chain} as one PEM text, in order. */
    public static String pem(List<X509CertificateHolder> chain) {
        StringBuilder out = new StringBuilder();
        chain.forEach(certificate -> out.append(CertificateRequests.pem(certificate)));
        return out.toString();
    }

    /** Every certificate of {@code pem}, in order; throws when there is none or an object is no certificate. */
    public static List<X509CertificateHolder> read(String pem) {
        List<X509CertificateHolder> certificates = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object next = parser.readObject(); next != null; next = parser.readObject()) {
                if (!(next instanceof X509CertificateHolder certificate)) {
                    throw new IllegalArgumentException("a PEM object that is no certificate: "
                            + next.getClass().getSimpleName());
                }
                certificates.add(certificate);
            }
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) { // Bouncy Castle throws both for broken base64 or DER
            throw new IllegalArgumentException("not a PEM X.509 certificate: " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("no PEM certificate found");
        }
        return certificates;
    }

    /**
     * The chain of {@code pem} once it is valid at {@code now}, ends at one of {@code roots}, and its leaf holds
     * {@code leafKey} ({@code null}: any key).
     *
     * @throws IllegalArgumentException naming the certificate and the failed check
     */
    public static List<X509CertificateHolder> verify(String pem, List<X509CertificateHolder> roots, Date now,
                                                     PublicKey leafKey) {
        List<X509CertificateHolder> chain = read(pem);
        X509CertificateHolder leaf = chain.get(0);
        if (leafKey != null
                && !leaf.getSubjectPublicKeyInfo().equals(SubjectPublicKeyInfo.getInstance(leafKey.getEncoded()))) {
            throw new IllegalArgumentException("the certificate " + leaf.getSubject()
                    + " is not for the key of the charge point's request");
        }
        for (int i = 0; i < chain.size(); i++) {
            X509CertificateHolder certificate = chain.get(i);
            if (!certificate.isValidOn(now)) {
                throw new IllegalArgumentException("the certificate " + certificate.getSubject() + " is not valid at "
                        + now.toInstant() + " (valid " + certificate.getNotBefore().toInstant() + " to "
                        + certificate.getNotAfter().toInstant() + ")");
            }
            if (i + 1 < chain.size() && !signedBy(certificate, chain.get(i + 1))) {
                throw new IllegalArgumentException("the certificate " + certificate.getSubject()
                        + " is not signed by the next one of the chain, " + chain.get(i + 1).getSubject());
            }
        }
        X509CertificateHolder last = chain.get(chain.size() - 1);
        boolean anchored = roots.stream().anyMatch(root -> root.equals(last)
                || root.getSubject().equals(last.getIssuer()) && signedBy(last, root));
        if (!anchored) {
            throw new IllegalArgumentException("the chain ends at " + last.getIssuer()
                    + ", which is no installed root certificate");
        }
        return chain;
    }

    /**
     * The issuer of {@code chain}'s first certificate, which must be a CA certificate (basicConstraints CA=true):
     * itself when self-signed, else the next certificate of {@code chain} or one of {@code installed} that signed it.
     *
     * @throws IllegalArgumentException when it is no CA certificate or its issuer is unknown
     */
    public static X509CertificateHolder caIssuer(List<X509CertificateHolder> chain,
                                                 List<X509CertificateHolder> installed) {
        X509CertificateHolder certificate = chain.get(0);
        BasicConstraints constraints = BasicConstraints.fromExtensions(certificate.getExtensions());
        if (constraints == null || !constraints.isCA()) {
            throw new IllegalArgumentException("not a CA certificate (basicConstraints CA=true): "
                    + certificate.getSubject());
        }
        List<X509CertificateHolder> candidates = new ArrayList<>(chain);
        candidates.addAll(installed);
        return candidates.stream()
                .filter(c -> signedBy(certificate, c))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("not self-signed and its issuer "
                        + certificate.getIssuer() + " is not installed (its key is part of the hash data)"));
    }

    /** Whether {@code by}'s key made {@code certificate}'s signature. */
    public static boolean signedBy(X509CertificateHolder certificate, X509CertificateHolder by) {
        try {
            return by.getSubject().equals(certificate.getIssuer()) && certificate.isSignatureValid(
                    new JcaContentVerifierProviderBuilder().build(new JcaX509CertificateConverter().getCertificate(by)));
        } catch (Exception e) { // an unknown algorithm or a broken key: it is not the issuer
            return false;
        }
    }
}
