package io.reactiveocpp.engine.security;

import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.message.security.DeleteCertificateRequest;
import io.reactiveocpp.codec.message.security.GetInstalledCertificateIdsRequest;
import io.reactiveocpp.codec.message.security.InstallCertificateRequest;
import io.reactiveocpp.codec.type.CertificateUse;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.handler.DeleteCertificateHandler;
import io.reactiveocpp.engine.handler.GetInstalledCertificateIdsHandler;
import io.reactiveocpp.engine.handler.InstallCertificateHandler;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.session.OcppClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.util.function.Function;

/**
 * The security of the whitepaper: the {@link CertificateStore} and its three handlers, and the {@code SecurityProfile}
 * key ({@link SecurityProfiles}) with the session it configures.
 */
public final class SecurityHandlers {

    private final Configuration config;
    private final EngineClock clock;
    private final CertificateStore certificates;
    private ChargePointCertificate chargePointCertificate;

    public SecurityHandlers(Configuration config, EngineStore store, EngineClock clock) {
        this.config = config;
        this.clock = clock;
        this.certificates = new CertificateStore(config, store, clock);
    }

    /** Where the charge point certificate comes from (default: the session's configured files); set before start. */
    public SecurityHandlers chargePointCertificate(ChargePointCertificate source) {
        this.chargePointCertificate = java.util.Objects.requireNonNull(source, "source");
        return this;
    }

    /**
     * Restores the store on {@code scheduler}, then registers InstallCertificate, GetInstalledCertificateIds and
     * DeleteCertificate; their handlers run on {@code scheduler} too, after the restore (scheduled first). The
     * installed CentralSystemRootCertificates are handed to the session (trusted from its next connection on) after
     * the restore and each change; SecurityProfile changes are guarded, and set back when the session falls back.
     */
    public void start(OcppClient client, Scheduler scheduler) {
        certificates.onChange(() -> client.storeCertificates(
                certificates.certificates(CertificateUse.CENTRAL_SYSTEM_ROOT_CERTIFICATE), null));
        SecurityProfiles profiles = new SecurityProfiles(config, certificates, clock, client,
                chargePointCertificate != null ? chargePointCertificate : ChargePointCertificate.ofSession(client));
        config.guard(SecurityProfiles.KEY, profiles::problem);
        client.securityFallbacks().subscribe(fallback -> scheduler.schedule(() -> profiles.fellBack(fallback)));
        scheduler.schedule(certificates::restore);
        handle(client, scheduler, InstallCertificateRequest.class, new InstallCertificateHandler(certificates));
        handle(client, scheduler, GetInstalledCertificateIdsRequest.class,
                new GetInstalledCertificateIdsHandler(certificates));
        handle(client, scheduler, DeleteCertificateRequest.class, new DeleteCertificateHandler(certificates));
    }

    /** The installed root certificates; confined to the engine's scheduler. */
    public CertificateStore certificates() {
        return certificates;
    }

    private static <C extends Confirmation, R extends Request<C>> void handle(
            OcppClient client, Scheduler scheduler, Class<R> type, Function<R, Mono<C>> handler) {
        client.handle(type, request -> Mono.defer(() -> handler.apply(request)).subscribeOn(scheduler));
    }
}
