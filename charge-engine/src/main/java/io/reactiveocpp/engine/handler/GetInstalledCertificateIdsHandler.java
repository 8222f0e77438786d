package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.security.GetInstalledCertificateIdsConfirmation;
import io.reactiveocpp.codec.message.security.GetInstalledCertificateIdsRequest;
import io.reactiveocpp.codec.type.CertificateHashData;
import io.reactiveocpp.codec.type.GetInstalledCertificateStatus;
import io.reactiveocpp.engine.security.CertificateStore;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.function.Function;

/**
 * GetInstalledCertificateIds (security whitepaper, use case M03): the SHA-256 hash data of the installed
 * certificates of the type asked for; NotFound (without a list) when there is none.
 */
public final class GetInstalledCertificateIdsHandler
        implements Function<GetInstalledCertificateIdsRequest, Mono<GetInstalledCertificateIdsConfirmation>> {

    private final CertificateStore certificates;

    public GetInstalledCertificateIdsHandler(CertificateStore certificates) {
        this.certificates = certificates;
    }

    @Override
    public Mono<GetInstalledCertificateIdsConfirmation> apply(GetInstalledCertificateIdsRequest request) {
        List<CertificateHashData> installed = certificates.installed(request.certificateType());
        return Mono.just(installed.isEmpty()
                ? new GetInstalledCertificateIdsConfirmation(null, GetInstalledCertificateStatus.NOT_FOUND)
                : new GetInstalledCertificateIdsConfirmation(installed, GetInstalledCertificateStatus.ACCEPTED));
    }
}
