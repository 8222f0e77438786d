package io.reactiveocpp.engine.security;

import io.reactiveocpp.codec.message.security.CertificateSignedRequest;
import io.reactiveocpp.codec.message.security.DeleteCertificateRequest;
import io.reactiveocpp.codec.message.security.ExtendedTriggerMessageRequest;
import io.reactiveocpp.codec.message.security.GetInstalledCertificateIdsRequest;
import io.reactiveocpp.codec.message.security.InstallCertificateRequest;
import io.reactiveocpp.codec.type.CertificateUse;
import io.reactiveocpp.codec.type.Reason;
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
import io.reactiveocpp.session.ClientIdentity;
import io.reactiveocpp.session.OcppClient;
import reactor.core.scheduler.Scheduler;

/**
 * The security of the whitepaper: the {@link CertificateStore} of root certificates and its three handlers; the
 * charge point's own certificate ({@link ChargePointCertificates}, signed through {@link CertificateSigning}, renewed
 * before expiry) with CertificateSigned and ExtendedTriggerMessage; and the {@code SecurityProfile} key
 * ({@link SecurityProfiles}) with the session it configures: the installed CSMS roots and the charge point's
 * certificate are handed to the session after the restore and each change; the {@link SecurityEvents} (the security
 * log and SecurityEventNotification).
 */
public final class SecurityHandlers {

    private final OcppClient client;
    private final Configuration config;
    private final EngineStore store;
    private final EngineClock clock;
    private final CertificateStore certificates;
    private final ChargePointCertificates chargePoint;
    private final CertificateSigning signing;
    private final SecurityEvents events;

    /** {@code identity}: the station, whose serial number is the CN of the charge point certificate's requests. */
    public SecurityHandlers(OcppClient client, Configuration config, EngineStore store, EngineClock clock,
                            Scheduler scheduler, StationIdentity identity) {
        this.client = client;
        this.config = config;
        this.store = store;
        this.clock = clock;
        this.certificates = new CertificateStore(config, store, clock);
        this.events = new SecurityEvents(client, config, store, clock, scheduler);
        this.chargePoint = new ChargePointCertificates(store);
        this.signing = new CertificateSigning(client, config, store, clock, certificates, chargePoint, events,
                identity.chargePointSerialNumber());
    }

    /**
     * Restores the stores on {@code scheduler}, hands their certificates to the session and plans the renewal, then
     * registers InstallCertificate, GetInstalledCertificateIds, DeleteCertificate, CertificateSigned and
     * ExtendedTriggerMessage ({@code triggers}: the messages it shares with TriggerMessage); the handlers run on
     * {@code scheduler} too, after the restore (scheduled first). SecurityProfile changes are guarded, and set back
     * when the session falls back. The security log is restored and StartupOfTheDevice raised (see
     * {@link SecurityEvents#start}; {@code recoveryReason} tells a restart the charge point asked for).
     */
    public void start(Inbound inbound, Scheduler scheduler, Triggers triggers, Reason recoveryReason) {
        certificates.onChange(this::handOver);
        chargePoint.onChange(this::handOver);
        SecurityProfiles profiles = new SecurityProfiles(config, certificates, clock, client,
                this::currentIdentity);
        config.guard(SecurityProfiles.KEY, profiles::problem);
        client.securityFallbacks().subscribe(fallback -> scheduler.schedule(() -> profiles.fellBack(fallback)));
        scheduler.schedule(() -> {
            chargePoint.restore();
            signing.restore();
            certificates.restore(); // hands both stores' certificates to the session (onChange), once
            new CertificateRenewal(chargePoint, signing::request, store, clock, scheduler).start();
        });
        scheduler.schedule(() -> events.start(recoveryReason));
        inbound.on(InstallCertificateRequest.class, new InstallCertificateHandler(certificates));
        inbound.on(GetInstalledCertificateIdsRequest.class, new GetInstalledCertificateIdsHandler(certificates));
        inbound.on(DeleteCertificateRequest.class, new DeleteCertificateHandler(certificates));
        inbound.on(CertificateSignedRequest.class, new CertificateSignedHandler(signing));
        inbound.on(ExtendedTriggerMessageRequest.class, new ExtendedTriggerMessageHandler(triggers, signing::request));
    }

    /** The installed CSMS roots and the installed charge point certificate (if any) to the session's TLS. */
    private void handOver() {
        client.storeCertificates(certificates.certificates(CertificateUse.CENTRAL_SYSTEM_ROOT_CERTIFICATE),
                chargePoint.current().map(c -> new ClientIdentity(c.key(), c.chain())).orElse(null));
    }

    /** The charge point certificate CertificateSigned installed, else the session's configured files. */
    private ClientIdentity currentIdentity() {
        return chargePoint.current().map(c -> new ClientIdentity(c.key(), c.chain()))
                .orElseGet(() -> client.config().tls().clientIdentity());
    }

    /** Where the engine's parts raise security events; confined to the engine's scheduler. */
    public SecurityEvents events() {
        return events;
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
