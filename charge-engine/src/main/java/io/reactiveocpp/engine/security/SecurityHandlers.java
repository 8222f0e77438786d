package io.reactiveocpp.engine.security;

import io.reactiveocpp.codec.message.security.DeleteCertificateRequest;
import io.reactiveocpp.codec.message.security.GetInstalledCertificateIdsRequest;
import io.reactiveocpp.codec.message.security.InstallCertificateRequest;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.handler.DeleteCertificateHandler;
import io.reactiveocpp.engine.handler.GetInstalledCertificateIdsHandler;
import io.reactiveocpp.engine.handler.Inbound;
import io.reactiveocpp.engine.handler.InstallCertificateHandler;
import io.reactiveocpp.engine.store.EngineStore;
import reactor.core.scheduler.Scheduler;


/** The certificate management of the security whitepaper: the {@link CertificateStore} and its three handlers. */
public final class SecurityHandlers {

    private final CertificateStore certificates;

    public SecurityHandlers(Configuration config, EngineStore store, EngineClock clock) {
        this.certificates = new CertificateStore(config, store, clock);
    }

    /**
     * Restores the store on {@code scheduler}, then registers InstallCertificate, GetInstalledCertificateIds and
     * DeleteCertificate; their handlers run on {@code scheduler} too, after the restore (scheduled first).
     */
    public void start(Inbound inbound, Scheduler scheduler) {
        scheduler.schedule(certificates::restore);
        inbound.on(InstallCertificateRequest.class, new InstallCertificateHandler(certificates));
        inbound.on(GetInstalledCertificateIdsRequest.class, new GetInstalledCertificateIdsHandler(certificates));
        inbound.on(DeleteCertificateRequest.class, new DeleteCertificateHandler(certificates));
    }

    /** The installed root certificates; confined to the engine's scheduler. */
    public CertificateStore certificates() {
        return certificates;
    }
}
