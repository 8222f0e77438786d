package io.reactiveocpp.engine.security;

import io.reactiveocpp.codec.message.security.SignCertificateRequest;
import io.reactiveocpp.codec.type.CertificateSignedStatus;
import io.reactiveocpp.codec.type.CertificateUse;
import io.reactiveocpp.codec.type.GenericStatus;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.session.OcppClient;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.KeyPair;
import java.util.Date;
import java.util.List;

/**
 * Update Charge Point Certificate (OCPP 1.6 security whitepaper edition 3, A02 asked by the Central System through
 * ExtendedTriggerMessage, A03 by the charge point before expiry): {@link #request()} makes a new secp256r1 key pair
 * and sends its PKCS#10 request in SignCertificate; {@link #signed} takes the CertificateSigned chain for it.
 *
 * <p>The subject is CN = the charge point's serial number (BootNotification's chargePointSerialNumber; a station
 * without one uses its ChargeBoxIdentity, the only other name that identifies it to the Central System) and O =
 * {@code CpoName}; an empty value is left out. The pending key pair is stored (namespace of
 * {@link ChargePointCertificates}, key {@code pending}) before the request goes out, so a restart between
 * SignCertificate and CertificateSigned loses nothing; a newer request replaces it. A SignCertificate the Central
 * System answers Rejected is logged and not repeated here (the whitepaper asks for no retry; renewal retries daily).
 *
 * <p>A chain is Accepted when it is at most {@code CertificateSignedMaxChainSize} characters, a request is pending,
 * and {@link CertificateChains#verify} holds against the installed CentralSystemRootCertificates with the pending
 * key; then it replaces the current certificate. Otherwise Rejected, and the security event
 * {@code InvalidChargePointCertificate} is raised. Confined to the engine's scheduler.
 */
public final class CertificateSigning {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateSigning.class);
    private static final String PENDING = "pending";

    private final OcppClient client;
    private final Configuration config;
    private final EngineStore store;
    private final EngineClock clock;
    private final CertificateStore roots;
    private final ChargePointCertificates certificates;
    private final SecurityEventSink events;
    private final String serialNumber;
    private KeyPair pending;

    /** {@code serialNumber}: the charge point's serial number, {@code null} when it has none. */
    public CertificateSigning(OcppClient client, Configuration config, EngineStore store, EngineClock clock,
                              CertificateStore roots, ChargePointCertificates certificates, SecurityEventSink events,
                              String serialNumber) {
        this.client = client;
        this.config = config;
        this.store = store;
        this.clock = clock;
        this.roots = roots;
        this.certificates = certificates;
        this.events = events;
        this.serialNumber = serialNumber;
    }

    /** Loads the pending key pair, if any; call once at start. */
    void restore() {
        String stored = store.load(ChargePointCertificates.NAMESPACE).get(PENDING);
        if (stored != null) {
            try {
                pending = KeyPems.read(stored);
            } catch (IllegalArgumentException e) {
                LOG.error("the pending charge point key cannot be read, dropped: {}", e.getMessage());
                store.remove(ChargePointCertificates.NAMESPACE, PENDING);
            }
        }
    }

    /** Sends SignCertificate for a new key pair, which becomes the pending one. */
    public void request() {
        KeyPair keys = CertificateRequests.newKeyPair();
        pending = keys;
        store.put(ChargePointCertificates.NAMESPACE, PENDING, KeyPems.write(keys));
        X500Name subject = subject();
        LOG.info("SignCertificate for {}", subject);
        client.call(new SignCertificateRequest(CertificateRequests.csr(keys, subject))).subscribe(answer -> {
            if (answer.status() == GenericStatus.REJECTED) {
                LOG.warn("SignCertificate for {} rejected by the Central System: no new certificate", subject);
            }
        }, e -> LOG.warn("SignCertificate not delivered: {}", e.getMessage()));
    }

    /** CertificateSigned: see the class description. */
    public CertificateSignedStatus signed(String chain) {
        int max = config.integer("CertificateSignedMaxChainSize");
        if (chain.length() > max) {
            return rejected("certificateChain is " + chain.length() + " characters, CertificateSignedMaxChainSize "
                    + max);
        }
        if (pending == null) {
            return rejected("no SignCertificate is pending");
        }
        List<X509CertificateHolder> verified;
        try {
            verified = CertificateChains.verify(chain, roots.roots(CertificateUse.CENTRAL_SYSTEM_ROOT_CERTIFICATE),
                    Date.from(clock.now()), pending.getPublic());
        } catch (IllegalArgumentException e) {
            return rejected(e.getMessage());
        }
        certificates.install(pending, verified);
        pending = null;
        store.remove(ChargePointCertificates.NAMESPACE, PENDING);
        return CertificateSignedStatus.ACCEPTED;
    }

    private CertificateSignedStatus rejected(String why) {
        LOG.warn("CertificateSigned rejected: {}", why);
        events.raise("InvalidChargePointCertificate", why);
        return CertificateSignedStatus.REJECTED;
    }

    /** CN and O built with the builder, which escapes commas, plus signs and the like in the values. */
    private X500Name subject() {
        String cn = serialNumber != null && !serialNumber.isEmpty() ? serialNumber : config.value("ChargeBoxIdentity");
        String o = config.value("CpoName");
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE);
        if (cn != null && !cn.isEmpty()) {
            name.addRDN(BCStyle.CN, cn);
        }
        if (o != null && !o.isEmpty()) {
            name.addRDN(BCStyle.O, o);
        }
        return name.build();
    }
}
