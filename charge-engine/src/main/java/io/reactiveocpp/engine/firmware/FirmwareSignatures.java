package io.reactiveocpp.engine.firmware;

import io.reactiveocpp.engine.security.CertificateChains;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * The checks of a signed firmware (OCPP 1.6 security whitepaper, "Secure firmware update"): the signing certificate
 * (PEM) must be signed by one of the manufacturer's root certificates (those installed with InstallCertificate
 * ManufacturerRootCertificate, and a PEM file the operator may configure in {@code FirmwareSigningRootCertificates})
 * and valid now; the signature (base64) is over the whole downloaded file,
 * SHA256withRSA or SHA256withECDSA after the certificate's key. Bouncy Castle parses the PEM and checks the
 * certificate's signature; the JDK checks the file's.
 */
public final class FirmwareSignatures {

    private FirmwareSignatures() {
    }

    /** Why a certificate or a signature is refused; the message says what was wrong. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * The signing certificate, once it is signed by one of the manufacturer roots, the {@code installed}
     * ManufacturerRootCertificates (InstallCertificate) or those of {@code rootsFile} ({@code null} or blank: none
     * configured), and is valid at {@code now}.
     */
    public static X509Certificate signingCertificate(String pem, List<X509CertificateHolder> installed,
                                                     String rootsFile, Date now) throws Refused {
        List<X509CertificateHolder> roots = new ArrayList<>(installed);
        if (rootsFile != null && !rootsFile.isBlank()) {
            try (Reader reader = Files.newBufferedReader(Path.of(rootsFile))) {
                roots.addAll(certificates(reader));
            } catch (IOException | RuntimeException e) {
                throw new Refused("the manufacturer root certificates in " + rootsFile + " cannot be read: "
                        + e.getMessage());
            }
        }
        if (roots.isEmpty()) {
            throw new Refused("no manufacturer root certificate is installed (InstallCertificate"
                    + " ManufacturerRootCertificate) or configured (FirmwareSigningRootCertificates)");
        }
        List<X509CertificateHolder> chain;
        try {
            chain = certificates(new StringReader(pem));
        } catch (IOException | RuntimeException e) {
            throw new Refused("signingCertificate is not PEM: " + e.getMessage());
        }
        if (chain.isEmpty()) {
            throw new Refused("signingCertificate holds no certificate");
        }
        X509CertificateHolder signing = chain.get(0);
        if (!signing.isValidOn(now)) {
            throw new Refused("signingCertificate is not valid now (" + signing.getNotBefore() + " .. "
                    + signing.getNotAfter() + ")");
        }
        for (X509CertificateHolder root : roots) {
            if (CertificateChains.signedBy(signing, root)) {
                try {
                    return new JcaX509CertificateConverter().getCertificate(signing);
                } catch (GeneralSecurityException e) {
                    throw new Refused("signingCertificate cannot be used: " + e.getMessage());
                }
            }
        }
        throw new Refused("signingCertificate (" + signing.getSubject() + ") is not signed by a manufacturer root");
    }

    /** Whether {@code signatureBase64} is {@code certificate}'s signature over {@code file}. */
    public static boolean verify(X509Certificate certificate, String signatureBase64, Path file) throws IOException {
        byte[] signature;
        try {
            signature = Base64.getMimeDecoder().decode(signatureBase64);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String algorithm = switch (certificate.getPublicKey().getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> null;
        };
        if (algorithm == null) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                verifier.update(buffer, 0, n);
            }
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false; // a malformed signature is an invalid one
        }
    }

    private static List<X509CertificateHolder> certificates(Reader reader) throws IOException {
        List<X509CertificateHolder> found = new ArrayList<>();
        try (PEMParser parser = new PEMParser(reader)) {
            for (Object item; (item = parser.readObject()) != null; ) {
                if (item instanceof X509CertificateHolder holder) {
                    found.add(holder);
                }
            }
        }
        return found;
    }
}
