package io.reactiveocpp.engine.security;

import io.reactiveocpp.codec.message.security.DeleteCertificateRequest;
import io.reactiveocpp.codec.message.security.GetInstalledCertificateIdsRequest;
import io.reactiveocpp.codec.message.security.InstallCertificateRequest;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.handler.DeleteCertificateHandler;
import io.reactiveocpp.engine.handler.GetInstalledCertificateIdsHandler;
import io.reactiveocpp.engine.handler.Inbound;
import io.reactiveocpp.engine.handler.InstallCertificateHandler;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.session.OcppClient;
import reactor.core.scheduler.Scheduler;


/**
 * The security whitepaper's parts: the {@link CertificateStore} and its three handlers, and the
 * {@link SecurityEvents} (the security log and SecurityEventNotification).
 */
public final class SecurityHandlers {

    private final CertificateStore certificates;
    private final SecurityEvents events;

    public SecurityHandlers(OcppClient client, Configuration config, EngineStore store, EngineClock clock,
                            Scheduler scheduler) {
        this.certificates = new CertificateStore(config, store, clock);
        this.events = new SecurityEvents(client, config, store, clock, scheduler);
    }

    /**
     * Restores the store and the security log on {@code scheduler} (raising StartupOfTheDevice, see
     * {@link SecurityEvents#start}), then registers InstallCertificate, GetInstalledCertificateIds and
     * DeleteCertificate; their handlers run on {@code scheduler} too, after the restore (scheduled first).
     */
    public void start(Inbound inbound, Scheduler scheduler, Reason recoveryReason) {
        scheduler.schedule(certificates::restore);
        scheduler.schedule(() -> events.start(recoveryReason));
        inbound.on(InstallCertificateRequest.class, new InstallCertificateHandler(certificates));
        inbound.on(GetInstalledCertificateIdsRequest.class, new GetInstalledCertificateIdsHandler(certificates));
        inbound.on(DeleteCertificateRequest.class, new DeleteCertificateHandler(certificates));
    }

    /** Where the engine's parts raise security events; confined to the engine's scheduler. */
    public SecurityEvents events() {
        return events;
    }

    /** The installed root certificates; confined to the engine's scheduler. */
    public CertificateStore certificates() {
        return certificates;
    }
}
