package io.reactiveocpp.engine.security;

import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.message.security.DeleteCertificateRequest;
import io.reactiveocpp.codec.message.security.GetInstalledCertificateIdsRequest;
import io.reactiveocpp.codec.message.security.InstallCertificateRequest;
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
    public void start(OcppClient client, Scheduler scheduler) {
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
