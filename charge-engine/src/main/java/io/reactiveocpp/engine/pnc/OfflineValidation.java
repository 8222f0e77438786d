package io.reactiveocpp.engine.pnc;

import io.reactiveocpp.engine.security.CertificateChains;
import io.reactiveocpp.hal.Iso15118Stack.CertificateHashData;
import io.reactiveocpp.hal.Iso15118Stack.ContractAuthorization;
import org.bouncycastle.cert.X509CertificateHolder;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Whether a contract can be trusted without the backend ({@code ContractValidationOffline}): the EV sent its
 * certificate chain, every certificate of it is valid at {@code now}, each is signed by the next and the last by an
 * installed MORootCertificate ({@link CertificateChains#verify}), and every sub-CA of its OCSP request data (the
 * entries after the leaf) has a fresh OCSP response in the {@link OcspCache}. Without the chain (only hash data) or
 * without an installed MO root nothing can be checked offline, so the contract is not trusted.
 */
final class OfflineValidation {

    private final OcspCache ocsp;
    private final List<X509CertificateHolder> moRoots;
    private final Instant now;

    OfflineValidation(OcspCache ocsp, List<X509CertificateHolder> moRoots, Instant now) {
        this.ocsp = ocsp;
        this.moRoots = moRoots;
        this.now = now;
    }

    /** Why the contract cannot be trusted offline, or {@code null} when it can. */
    String problem(ContractAuthorization ev) {
        if (ev.certificateChainPem() == null) {
            return "the EV sent no certificate chain to check";
        }
        if (moRoots.isEmpty()) {
            return "no MORootCertificate is installed to check the contract's chain against";
        }
        try {
            CertificateChains.verify(ev.certificateChainPem(), moRoots, Date.from(now), null);
        } catch (IllegalArgumentException e) {
            return "certificateChainPem: " + e.getMessage();
        }
        List<CertificateHashData> subCas = ev.hashData().size() > 1 ? ev.hashData().subList(1, ev.hashData().size())
                : List.of();
        for (CertificateHashData subCa : subCas) {
            if (ocsp.fresh(ContractAuthorizations.pnc(subCa), now) == null) {
                return "no OCSP response younger than " + OcspCache.VALIDITY.toDays() + " days for sub-CA "
                        + subCa.serialNumber();
            }
        }
        return null;
    }
}
