package io.reactiveocpp.engine.testing;

import io.reactiveocpp.hal.Iso15118Stack;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.util.ArrayList;
import java.util.List;

/** An ISO 15118 stack a test drives: it presents contracts and certificate requests and records the answers. */
public final class FakeIso15118 implements Iso15118Stack {

    /** The answers the engine gave, oldest first: AuthorizationResult or EvCertificateResponse, with the connector. */
    public final List<Object> answers = new ArrayList<>();
    private final Sinks.Many<ContractAuthorization> authorizations = Sinks.many().multicast().directBestEffort();
    private final Sinks.Many<EvCertificateRequest> requests = Sinks.many().multicast().directBestEffort();

    public void present(ContractAuthorization contract) {
        authorizations.tryEmitNext(contract);
    }

    public void request(EvCertificateRequest request) {
        requests.tryEmitNext(request);
    }

    @Override
    public Flux<ContractAuthorization> authorizations() {
        return authorizations.asFlux();
    }

    @Override
    public Flux<EvCertificateRequest> certificateRequests() {
        return requests.asFlux();
    }

    @Override
    public void authorizationResult(int connectorId, AuthorizationResult result) {
        answers.add(connectorId + " " + result);
    }

    @Override
    public void certificateResponse(int connectorId, EvCertificateResponse response) {
        answers.add(connectorId + " " + response);
    }
}
