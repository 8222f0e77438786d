package io.reactiveocpp.engine.security;

import io.reactiveocpp.codec.type.CertificateHashData;
import io.reactiveocpp.codec.type.CertificateUse;
import io.reactiveocpp.codec.type.HashAlgorithm;
import org.bouncycastle.cert.X509CertificateHolder;

import java.util.List;

/**
 * One installed root certificate: its use, the certificate, the subjectPublicKey bits of its issuer (its own when
 * self-signed) and its SHA-256 hash data; {@link #pem} is what is stored: the certificate, then its issuer's when it
 * is not self-signed.
 */
record InstalledCertificate(CertificateUse use, X509CertificateHolder certificate, X509CertificateHolder issuer,
                            CertificateHashData hashData) {

    /** The hash data with {@code algorithm}. */
    CertificateHashData hashData(HashAlgorithm algorithm) {
        return CertificateHashes.of(certificate, issuer.getSubjectPublicKeyInfo().getPublicKeyData().getBytes(),
                algorithm);
    }

    /** The key in the store: the use and the SHA-256 hash data. */
    String key() {
        return use.literal() + " " + hashData.issuerNameHash() + " " + hashData.issuerKeyHash() + " "
                + hashData.serialNumber();
    }

    String pem() {
        return CertificateChains.pem(issuer == certificate ? List.of(certificate) : List.of(certificate, issuer));
    }

    /**
     * Reads the first certificate of {@code pem} as a CA certificate of {@code use}; its issuer is itself when
     * self-signed, else the next certificate of {@code pem} or one of {@code installed} that signed it.
     *
     * @throws IllegalArgumentException saying what is wrong when it is no PEM certificate, no CA or has no issuer
     */
    static InstalledCertificate parse(CertificateUse use, String pem, List<X509CertificateHolder> installed) {
        List<X509CertificateHolder> read = CertificateChains.read(pem);
        X509CertificateHolder certificate = read.get(0);
        X509CertificateHolder issuer = CertificateChains.caIssuer(read, installed);
        InstalledCertificate partial = new InstalledCertificate(use, certificate, issuer, null);
        return new InstalledCertificate(use, certificate, issuer, partial.hashData(HashAlgorithm.SHA256));
    }
}
