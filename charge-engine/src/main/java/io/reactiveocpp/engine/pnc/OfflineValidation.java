package io.reactiveocpp.engine.pnc;

import io.reactiveocpp.engine.security.CertificateChains;
import io.reactiveocpp.hal.Iso15118Stack.CertificateHashData;
import io.reactiveocpp.hal.Iso15118Stack.ContractAuthorization;
import org.bouncycastle.cert.X509CertificateHolder;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Whether a contract can be trusted without the backend ({@code ContractValidationOffline}): every certificate
 * of the chain the EV sent is within its validity at {@code now}, and every sub-CA of its OCSP request data
 * (the entries after the leaf) has a fresh OCSP response in the {@link OcspCache}. The chain's signatures up
 * to an MO root are not checked here: the charge point installs no MO roots yet.
 */
final class OfflineValidation {

    private final OcspCache ocsp;
    private final Instant now;

    OfflineValidation(OcspCache ocsp, Instant now) {
        this.ocsp = ocsp;
        this.now = now;
    }

    /** Why the contract cannot be trusted offline, or {@code null} when it can. */
    String problem(ContractAuthorization ev) {
        if (ev.certificateChainPem() == null && ev.hashData().isEmpty()) {
            return "the EV sent neither its certificate chain nor its OCSP data";
        }
        if (ev.certificateChainPem() != null) {
            List<X509CertificateHolder> chain;
            try {
                chain = CertificateChains.read(ev.certificateChainPem());
            } catch (IllegalArgumentException e) {
                return "certificateChainPem: " + e.getMessage();
            }
            for (X509CertificateHolder certificate : chain) {
                if (!certificate.isValidOn(Date.from(now))) {
                    return "certificate " + certificate.getSubject() + " is not valid at " + now;
                }
            }
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
