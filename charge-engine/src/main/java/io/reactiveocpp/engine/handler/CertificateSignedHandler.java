package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.security.CertificateSignedConfirmation;
import io.reactiveocpp.codec.message.security.CertificateSignedRequest;
import io.reactiveocpp.engine.security.CertificateSigning;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** CertificateSigned (security whitepaper A02/A03): the chain for the pending request, checked by the signing. */
public final class CertificateSignedHandler
        implements Function<CertificateSignedRequest, Mono<CertificateSignedConfirmation>> {

    private final CertificateSigning signing;

    public CertificateSignedHandler(CertificateSigning signing) {
        this.signing = signing;
    }

    @Override
    public Mono<CertificateSignedConfirmation> apply(CertificateSignedRequest request) {
        return Mono.fromSupplier(() -> new CertificateSignedConfirmation(signing.signed(request.certificateChain())));
    }
}
