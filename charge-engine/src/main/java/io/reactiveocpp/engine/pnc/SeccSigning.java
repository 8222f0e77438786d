package io.reactiveocpp.engine.pnc;

import io.reactiveocpp.codec.message.core.DataTransferConfirmation;
import io.reactiveocpp.codec.pnc.PncAction;
import io.reactiveocpp.codec.pnc.PncCertificateSigningUseEnum;
import io.reactiveocpp.codec.pnc.PncDataTransfer;
import io.reactiveocpp.codec.pnc.PncResult;
import io.reactiveocpp.codec.pnc.PncSignCertificateRequest;
import io.reactiveocpp.codec.pnc.PncSignCertificateResponse;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.security.CertificateRequests;
import io.reactiveocpp.session.OcppClient;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

import java.security.KeyPair;
import java.util.concurrent.TimeUnit;

/**
 * The SECC certificate request of "Using ISO 15118 Plug &amp; Charge with OCPP 1.6" (section 3.1, the 2.0.1 use case
 * A02 with certificateType V2GCertificate): a new secp256r1 key, a PKCS#10 CSR whose subject is the one ISO 15118-2
 * asks of the SECC certificate (CN = the SECC id, the charge point's identity; O = {@code CpoName} when set; C =
 * {@code ISO15118CountryName} when set; DC = CPO), sent in a SignCertificate DataTransfer.
 *
 * <p>Until a CertificateSigned is accepted, a new CSR (a new key) is sent {@code CertSigningWaitMinimum} seconds
 * after the first, and the wait doubles after each attempt, {@code CertSigningRepeatTimes} times (whatever the
 * SignCertificate was answered, or if it failed: the backend may accept and never send the certificate). Then it
 * gives up until the next trigger; turning {@code ISO15118PnCEnabled} off ends it too. Confined to the engine's scheduler.
 */
final class SeccSigning {

    private static final Logger LOG = LoggerFactory.getLogger(SeccSigning.class);

    private final OcppClient client;
    private final Configuration config;
    private final PncCertificates certificates;
    private final Scheduler scheduler;
    private Disposable next;
    private boolean signing;

    SeccSigning(OcppClient client, Configuration config, PncCertificates certificates, Scheduler scheduler) {
        this.client = client;
        this.config = config;
        this.certificates = certificates;
        this.scheduler = scheduler;
    }

    /** Whether a request is under way (sent, its certificate not yet accepted, attempts left). */
    boolean signing() {
        return signing;
    }

    /** Starts a new series of attempts now; an earlier series ends. */
    void start() {
        stop();
        signing = true;
        attempt(0);
    }

    /** The certificate arrived (or signing is off): no more attempts. */
    void stop() {
        signing = false;
        if (next != null) {
            next.dispose();
            next = null;
        }
    }

    private void attempt(int n) {
        KeyPair keys = CertificateRequests.newKeyPair();
        certificates.pending(keys);
        String csr = CertificateRequests.csr(keys, subject());
        PncSignCertificateRequest request = new PncSignCertificateRequest(null, csr,
                PncCertificateSigningUseEnum.V2_G_CERTIFICATE);
        client.call(PncDataTransfer.wrap(request)).publishOn(scheduler).subscribe(
                this::answered, e -> LOG.info("SignCertificate V2GCertificate failed: {}", e.getMessage()));
        if (n < config.integer("CertSigningRepeatTimes")) {
            long wait = (long) config.integer("CertSigningWaitMinimum") << n; // doubled after every attempt
            next = scheduler.schedule(() -> {
                if (signing && config.bool("ISO15118PnCEnabled")) { // turned off meanwhile: no more requests
                    attempt(n + 1);
                } else {
                    signing = false;
                }
            }, wait, TimeUnit.SECONDS);
        } else {
            next = null;
            signing = false; // the last attempt: a CertificateSigned may still come for it
        }
    }

    private void answered(DataTransferConfirmation confirmation) {
        PncResult<?> answer = PncDataTransfer.unwrap(confirmation, PncAction.SIGN_CERTIFICATE);
        if (answer instanceof PncResult.Valid<?> valid && valid.value() instanceof PncSignCertificateResponse r) {
            LOG.info("SignCertificate V2GCertificate answered {}", r.status().literal());
        } else if (answer instanceof PncResult.Invalid<?> invalid) {
            LOG.info("SignCertificate V2GCertificate: no usable answer: {}", invalid.description());
        }
    }

    private X500Name subject() {
        X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, seccId());
        String cpo = config.value("CpoName");
        if (cpo != null && !cpo.isEmpty()) {
            subject.addRDN(BCStyle.O, cpo);
        }
        String country = config.value("ISO15118CountryName");
        if (country != null && !country.isEmpty()) {
            subject.addRDN(BCStyle.C, country);
        }
        return subject.addRDN(BCStyle.DC, "CPO").build();
    }

    /** The ChargeBoxIdentity, else the session's charge point id. */
    private String seccId() {
        String identity = config.value("ChargeBoxIdentity");
        if ((identity == null || identity.isEmpty()) && client.config() != null) {
            identity = client.config().chargePointId();
        }
        return identity == null || identity.isEmpty() ? "SECC" : identity;
    }
}
