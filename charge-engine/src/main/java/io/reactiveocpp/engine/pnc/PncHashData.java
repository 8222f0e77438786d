package io.reactiveocpp.engine.pnc;

import io.reactiveocpp.codec.pnc.PncCertificateHashData;
import io.reactiveocpp.codec.pnc.PncHashAlgorithmEnum;
import io.reactiveocpp.codec.type.CertificateHashData;
import io.reactiveocpp.codec.type.HashAlgorithm;
import io.reactiveocpp.engine.security.CertificateHashes;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The 2.0.1 CertificateHashDataType of the Plug &amp; Charge messages, computed by {@link CertificateHashes} (the
 * same definition as the 1.6 security whitepaper's: OCSP CertID, SHA-256 by default) and converted from and to the
 * 1.6 type, whose fields are the same.
 */
final class PncHashData {

    private PncHashData() {
    }

    /** The hash data of {@code certificate} issued by {@code issuer} (itself when self-signed). */
    static PncCertificateHashData of(X509CertificateHolder certificate, X509CertificateHolder issuer,
                                     PncHashAlgorithmEnum algorithm) {
        return from16(CertificateHashes.of(certificate,
                issuer.getSubjectPublicKeyInfo().getPublicKeyData().getBytes(), to16(algorithm)));
    }

    static boolean same(PncCertificateHashData a, PncCertificateHashData b) {
        return CertificateHashes.same(to16(a), to16(b));
    }

    static PncCertificateHashData from16(CertificateHashData hash) {
        return new PncCertificateHashData(null, PncHashAlgorithmEnum.fromLiteral(hash.hashAlgorithm().literal()),
                hash.issuerNameHash(), hash.issuerKeyHash(), hash.serialNumber());
    }

    static CertificateHashData to16(PncCertificateHashData hash) {
        return new CertificateHashData(to16(hash.hashAlgorithm()), hash.issuerNameHash(), hash.issuerKeyHash(),
                hash.serialNumber());
    }

    private static HashAlgorithm to16(PncHashAlgorithmEnum algorithm) {
        return HashAlgorithm.fromLiteral(algorithm.literal());
    }
}
