package io.reactiveocpp.engine.security;

import io.reactiveocpp.codec.message.security.CertificateSignedRequest;
import io.reactiveocpp.codec.message.security.DeleteCertificateRequest;
import io.reactiveocpp.codec.message.security.ExtendedTriggerMessageRequest;
import io.reactiveocpp.codec.message.security.GetInstalledCertificateIdsRequest;
import io.reactiveocpp.codec.message.security.InstallCertificateRequest;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.StationIdentity;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.handler.CertificateSignedHandler;
import io.reactiveocpp.engine.handler.DeleteCertificateHandler;
import io.reactiveocpp.engine.handler.ExtendedTriggerMessageHandler;
import io.reactiveocpp.engine.handler.GetInstalledCertificateIdsHandler;
import io.reactiveocpp.engine.handler.Inbound;
import io.reactiveocpp.engine.handler.InstallCertificateHandler;
import io.reactiveocpp.engine.handler.Triggers;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.session.OcppClient;
import reactor.core.scheduler.Scheduler;


/**
 * The certificate management of the security whitepaper: the {@link CertificateStore} of root certificates and its
 * three handlers; the charge point's own certificate ({@link ChargePointCertificates}, signed through
 * {@link CertificateSigning}, renewed before expiry) with CertificateSigned and ExtendedTriggerMessage.
 */
public final class SecurityHandlers {

    private final CertificateStore certificates;
    private final ChargePointCertificates chargePoint;
    private final CertificateSigning signing;
    private final EngineStore store;
    private final EngineClock clock;

    /** Without a security event sink: a rejected CertificateSigned is only logged. */
    public SecurityHandlers(OcppClient client, Configuration config, EngineStore store, EngineClock clock,
                            StationIdentity identity) {
        this(client, config, store, clock, identity, SecurityEventSink.NONE);
    }

    /** {@code events}: where InvalidChargePointCertificate is reported. */
    public SecurityHandlers(OcppClient client, Configuration config, EngineStore store, EngineClock clock,
                            StationIdentity identity, SecurityEventSink events) {
        this.store = store;
        this.clock = clock;
        this.certificates = new CertificateStore(config, store, clock);
        this.chargePoint = new ChargePointCertificates(store);
        this.signing = new CertificateSigning(client, config, store, clock, certificates, chargePoint, events,
                identity.chargePointSerialNumber());
    }

    /**
     * Restores the stores on {@code scheduler} and plans the renewal, then registers InstallCertificate,
     * GetInstalledCertificateIds, DeleteCertificate, CertificateSigned and ExtendedTriggerMessage ({@code triggers}:
     * the messages it shares with TriggerMessage); the handlers run on {@code scheduler} too, after the restore
     * (scheduled first).
     */
    public void start(Inbound inbound, Scheduler scheduler, Triggers triggers) {
        scheduler.schedule(() -> {
            certificates.restore();
            chargePoint.restore();
            signing.restore();
            new CertificateRenewal(chargePoint, signing::request, store, clock, scheduler).start();
        });
        inbound.on(InstallCertificateRequest.class, new InstallCertificateHandler(certificates));
        inbound.on(GetInstalledCertificateIdsRequest.class, new GetInstalledCertificateIdsHandler(certificates));
        inbound.on(DeleteCertificateRequest.class, new DeleteCertificateHandler(certificates));
        inbound.on(CertificateSignedRequest.class, new CertificateSignedHandler(signing));
        inbound.on(ExtendedTriggerMessageRequest.class, new ExtendedTriggerMessageHandler(triggers, signing::request));
    }

    /** The installed root certificates; confined to the engine's scheduler. */
    public CertificateStore certificates() {
        return certificates;
    }

    /** SignCertificate and CertificateSigned of the charge point's certificate; confined to the engine's scheduler. */
    public CertificateSigning signing() {
        return signing;
    }

    /** The charge point's own key and certificate chain: the seam for mutual TLS (security profile 3). */
    public ChargePointCertificates chargePointCertificates() {
        return chargePoint;
    }
}
