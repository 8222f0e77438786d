package io.reactiveocpp.engine.security;

import io.reactiveocpp.codec.type.CertificateHashData;
import io.reactiveocpp.codec.type.HashAlgorithm;
import org.bouncycastle.cert.X509CertificateHolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The hash data that names a certificate in the security whitepaper's messages; it follows the OCSP CertID (RFC 6960
 * §4.1.1): issuerNameHash is the hash of the DER encoding of the certificate's issuer name, issuerKeyHash the hash of
 * the issuer's public key (the value of the subjectPublicKey BIT STRING, without tag and length), serialNumber the
 * serial as lower-case hex without leading zeros. The hashes are lower-case hex.
 */
public final class CertificateHashes {

    private CertificateHashes() {
    }

    /**
     * The hash data of {@code certificate} issued by the holder of {@code issuerPublicKey} (the subjectPublicKey bits
     * of the issuer: for a self-signed root, its own).
     */
    public static CertificateHashData of(X509CertificateHolder certificate, byte[] issuerPublicKey,
                                         HashAlgorithm algorithm) {
        try {
            byte[] issuerName = certificate.toASN1Structure().getIssuer().getEncoded("DER");
            return new CertificateHashData(algorithm, hex(digest(algorithm, issuerName)),
                    hex(digest(algorithm, issuerPublicKey)), serial(certificate.getSerialNumber()));
        } catch (IOException e) {
            throw new UncheckedIOException("issuer name of certificate " + certificate.getSerialNumber(), e);
        }
    }

    /** Whether {@code a} and {@code b} name the same certificate (hex compared ignoring case, serial leading zeros). */
    public static boolean same(CertificateHashData a, CertificateHashData b) {
        return a.hashAlgorithm() == b.hashAlgorithm()
                && a.issuerNameHash().equalsIgnoreCase(b.issuerNameHash())
                && a.issuerKeyHash().equalsIgnoreCase(b.issuerKeyHash())
                && normalSerial(a.serialNumber()).equals(normalSerial(b.serialNumber()));
    }

    static String serial(BigInteger serial) {
        return serial.toString(16);
    }

    private static String normalSerial(String serial) {
        return serial.toLowerCase(Locale.ROOT).replaceFirst("^0+(?=.)", "");
    }

    private static byte[] digest(HashAlgorithm algorithm, byte[] data) {
        String name = switch (algorithm) {
            case SHA256 -> "SHA-256";
            case SHA384 -> "SHA-384";
            case SHA512 -> "SHA-512";
        };
        try {
            return MessageDigest.getInstance(name).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(name + " is part of every Java runtime", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
