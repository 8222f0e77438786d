package io.reactiveocpp.engine.pnc;

import io.reactiveocpp.codec.pnc.PncCertificateHashData;
import io.reactiveocpp.codec.pnc.PncCertificateHashDataChain;
import io.reactiveocpp.codec.pnc.PncDeleteCertificateRequest;
import io.reactiveocpp.codec.pnc.PncDeleteCertificateResponse;
import io.reactiveocpp.codec.pnc.PncDeleteCertificateStatusEnum;
import io.reactiveocpp.codec.pnc.PncGetCertificateIdUseEnum;
import io.reactiveocpp.codec.pnc.PncGetInstalledCertificateIdsRequest;
import io.reactiveocpp.codec.pnc.PncGetInstalledCertificateIdsResponse;
import io.reactiveocpp.codec.pnc.PncGetInstalledCertificateStatusEnum;
import io.reactiveocpp.codec.pnc.PncHashAlgorithmEnum;
import io.reactiveocpp.codec.pnc.PncInstallCertificateRequest;
import io.reactiveocpp.codec.pnc.PncInstallCertificateResponse;
import io.reactiveocpp.codec.pnc.PncInstallCertificateStatusEnum;
import io.reactiveocpp.codec.pnc.PncInstallCertificateUseEnum;
import io.reactiveocpp.codec.type.CertificateUse;
import io.reactiveocpp.engine.security.CertificateChains;
import io.reactiveocpp.engine.security.CertificateStore;
import org.bouncycastle.cert.X509CertificateHolder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * InstallCertificate, GetInstalledCertificateIds and DeleteCertificate of Plug &amp; Charge (2.0.1 use cases
 * M03–M05 in DataTransfer). V2G and MO roots live in {@link PncCertificates}; CSMS and Manufacturer roots in the OCPP
 * 1.6 {@link CertificateStore} (as CentralSystemRootCertificate and ManufacturerRootCertificate: one store decides
 * the TLS trust, whichever message installed them). V2GCertificateChain is the SECC leaf with its sub-CAs as
 * childCertificateHashData; it cannot be deleted (Failed): a new one comes with SignCertificate.
 */
final class PncCertificateIds {

    private static final int MAX_CHILDREN = 4; // childCertificateHashData maxItems

    private final PncCertificates certificates;
    private final CertificateStore roots16;

    PncCertificateIds(PncCertificates certificates, CertificateStore roots16) {
        this.certificates = certificates;
        this.roots16 = roots16;
    }

    PncInstallCertificateResponse install(PncInstallCertificateRequest request) {
        PncInstallCertificateUseEnum use = request.certificateType();
        PncInstallCertificateStatusEnum status = switch (use) {
            case CSMS_ROOT_CERTIFICATE -> PncInstallCertificateStatusEnum.fromLiteral(
                    roots16.install(CertificateUse.CENTRAL_SYSTEM_ROOT_CERTIFICATE, request.certificate()).literal());
            case MANUFACTURER_ROOT_CERTIFICATE -> PncInstallCertificateStatusEnum.fromLiteral(
                    roots16.install(CertificateUse.MANUFACTURER_ROOT_CERTIFICATE, request.certificate()).literal());
            case V2_G_ROOT_CERTIFICATE, MO_ROOT_CERTIFICATE -> certificates.install(use, request.certificate());
        };
        return new PncInstallCertificateResponse(null, status, null);
    }

    /** The hash data of the installed certificates of the requested types (all when none is given). */
    PncGetInstalledCertificateIdsResponse installed(PncGetInstalledCertificateIdsRequest request) {
        List<PncGetCertificateIdUseEnum> types = request.certificateType() == null
                ? Arrays.asList(PncGetCertificateIdUseEnum.values()) : request.certificateType();
        List<PncCertificateHashDataChain> found = new ArrayList<>();
        for (PncGetCertificateIdUseEnum type : types.stream().distinct().toList()) {
            switch (type) {
                case V2_G_ROOT_CERTIFICATE -> roots(type, PncInstallCertificateUseEnum.V2_G_ROOT_CERTIFICATE, found);
                case MO_ROOT_CERTIFICATE -> roots(type, PncInstallCertificateUseEnum.MO_ROOT_CERTIFICATE, found);
                case CSMS_ROOT_CERTIFICATE -> roots16(type, CertificateUse.CENTRAL_SYSTEM_ROOT_CERTIFICATE, found);
                case MANUFACTURER_ROOT_CERTIFICATE ->
                        roots16(type, CertificateUse.MANUFACTURER_ROOT_CERTIFICATE, found);
                case V2_G_CERTIFICATE_CHAIN -> secc(found);
            }
        }
        return found.isEmpty()
                ? new PncGetInstalledCertificateIdsResponse(null, PncGetInstalledCertificateStatusEnum.NOT_FOUND, null,
                null)
                : new PncGetInstalledCertificateIdsResponse(null, PncGetInstalledCertificateStatusEnum.ACCEPTED, null,
                found);
    }

    /**
     * Deletes the V2G or MO root, else the CSMS or Manufacturer root, with that hash data: Accepted, NotFound, or
     * Failed for the SECC's own certificates and the last CSMS root.
     */
    PncDeleteCertificateResponse delete(PncDeleteCertificateRequest request) {
        PncCertificateHashData hash = request.certificateHashData();
        PncDeleteCertificateStatusEnum status;
        if (certificates.remove(hash) != null) {
            status = PncDeleteCertificateStatusEnum.ACCEPTED;
        } else if (isSecc(hash)) {
            status = PncDeleteCertificateStatusEnum.FAILED;
        } else {
            status = PncDeleteCertificateStatusEnum.fromLiteral(roots16.delete(PncHashData.to16(hash)).literal());
        }
        return new PncDeleteCertificateResponse(null, status, null);
    }

    private void roots(PncGetCertificateIdUseEnum type, PncInstallCertificateUseEnum use,
                       List<PncCertificateHashDataChain> found) {
        certificates.roots(use).forEach(root -> found.add(
                new PncCertificateHashDataChain(null, root.hashData(PncHashAlgorithmEnum.SHA256), type, null)));
    }

    private void roots16(PncGetCertificateIdUseEnum type, CertificateUse use, List<PncCertificateHashDataChain> found) {
        roots16.installed(use).forEach(hash -> found.add(
                new PncCertificateHashDataChain(null, PncHashData.from16(hash), type, null)));
    }

    private void secc(List<PncCertificateHashDataChain> found) {
        List<PncCertificateHashData> hashes = seccHashes(PncHashAlgorithmEnum.SHA256);
        if (!hashes.isEmpty()) {
            List<PncCertificateHashData> children = hashes.subList(1, Math.min(hashes.size(), 1 + MAX_CHILDREN));
            found.add(new PncCertificateHashDataChain(null, hashes.get(0),
                    PncGetCertificateIdUseEnum.V2_G_CERTIFICATE_CHAIN, children.isEmpty() ? null : children));
        }
    }

    private boolean isSecc(PncCertificateHashData hash) {
        return seccHashes(hash.hashAlgorithm()).stream().anyMatch(h -> PncHashData.same(h, hash));
    }

    /**
     * The hash data of the SECC leaf and its sub-CAs (not a self-signed root the chain may end with), each computed
     * with the key of the next certificate, or of the installed V2G root for the last; empty without a chain or when
     * the issuer of the leaf is unknown.
     */
    private List<PncCertificateHashData> seccHashes(PncHashAlgorithmEnum algorithm) {
        List<X509CertificateHolder> chain = certificates.seccChain();
        List<PncCertificateHashData> hashes = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            X509CertificateHolder certificate = chain.get(i);
            if (i > 0 && CertificateChains.signedBy(certificate, certificate)) {
                break;
            }
            X509CertificateHolder issuer = i + 1 < chain.size() ? chain.get(i + 1)
                    : certificates.v2gRoots().stream().filter(r -> CertificateChains.signedBy(certificate, r))
                    .findFirst().orElse(null);
            if (issuer == null) {
                break;
            }
            hashes.add(PncHashData.of(certificate, issuer, algorithm));
        }
        return hashes;
    }
}
