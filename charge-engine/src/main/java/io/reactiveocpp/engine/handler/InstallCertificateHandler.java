package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.security.InstallCertificateConfirmation;
import io.reactiveocpp.codec.message.security.InstallCertificateRequest;
import io.reactiveocpp.engine.security.CertificateStore;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** InstallCertificate (security whitepaper, use case M05): a root certificate joins the {@link CertificateStore}. */
public final class InstallCertificateHandler
        implements Function<InstallCertificateRequest, Mono<InstallCertificateConfirmation>> {

    private final CertificateStore certificates;

    public InstallCertificateHandler(CertificateStore certificates) {
        this.certificates = certificates;
    }

    @Override
    public Mono<InstallCertificateConfirmation> apply(InstallCertificateRequest request) {
        return Mono.just(new InstallCertificateConfirmation(
                certificates.install(request.certificateType(), request.certificate())));
    }
}
