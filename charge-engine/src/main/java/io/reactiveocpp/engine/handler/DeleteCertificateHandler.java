package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.security.DeleteCertificateConfirmation;
import io.reactiveocpp.codec.message.security.DeleteCertificateRequest;
import io.reactiveocpp.engine.security.CertificateStore;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** DeleteCertificate (security whitepaper, use case M04): Accepted, NotFound, or Failed for the last CSMS root. */
public final class DeleteCertificateHandler
        implements Function<DeleteCertificateRequest, Mono<DeleteCertificateConfirmation>> {

    private final CertificateStore certificates;

    public DeleteCertificateHandler(CertificateStore certificates) {
        this.certificates = certificates;
    }

    @Override
    public Mono<DeleteCertificateConfirmation> apply(DeleteCertificateRequest request) {
        return Mono.just(new DeleteCertificateConfirmation(certificates.delete(request.certificateHashData())));
    }
}
