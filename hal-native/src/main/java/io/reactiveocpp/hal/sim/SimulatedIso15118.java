package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.Iso15118Stack;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;


/**
 * The simulator's ISO 15118 stack: an EV plugged in "with Plug &amp; Charge" presents the simulator's test
 * contract ({@link ContractCertificates}: its eMAID, PEM chain and OCSP request data), and can ask for its
 * contract certificate to be installed. Like the card reader, a request goes to the subscribers present at
 * that moment. The answers the engine gives are kept (the last {@value #KEPT}) for a test or the HTTP API to
 * read. Requests are emitted on the station's worker; answers arrive on the engine's scheduler and are moved
 * onto the worker.
 */
public final class SimulatedIso15118 implements Iso15118Stack {

    static final int KEPT = 32;

    /** An answer the engine gave: an {@link AuthorizationResult} or an {@link EvCertificateResponse}. */
    public record Answer(int connectorId, Object answer) {
    }

    /** The simulated EV's contract id as printed; its eMAID is {@link #EMAID}. */
    public static final String CONTRACT_ID = "DE*ABC*C123456*7";
    /** The simulated contract's eMAID. */
    public static final String EMAID = ContractCertificates.normalize(CONTRACT_ID);

    private final SimWorker worker;
    private ContractCertificates contract; // generated at the first use: a fleet of simulators need not pay for it
    private final Sinks.Many<ContractAuthorization> authorizations = Sinks.many().multicast().directBestEffort();
    private final Sinks.Many<EvCertificateRequest> requests = Sinks.many().multicast().directBestEffort();
    private final Sinks.Many<Answer> answers = Sinks.many().replay().limit(KEPT);

    SimulatedIso15118(SimWorker worker) {
        this.worker = worker;
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
        worker.execute(() -> answered(new Answer(connectorId, result)));
    }

    @Override
    public void certificateResponse(int connectorId, EvCertificateResponse response) {
        worker.execute(() -> answered(new Answer(connectorId, response)));
    }

    /** The answers given so far, oldest first, replayed to each subscriber (at most {@value #KEPT}). */
    public Flux<Answer> answers() {
        return answers.asFlux();
    }

    /** On the worker: the EV on {@code connectorId} presents its contract. */
    void presentContract(int connectorId) {
        if (contract == null) {
            contract = new ContractCertificates(CONTRACT_ID);
        }
        authorizations.tryEmitNext(new ContractAuthorization(connectorId, contract.emaid(), contract.chainPem(),
                contract.hashData()));
    }

    /** On the worker: the EV on {@code connectorId} asks for its contract certificate. */
    void requestCertificate(EvCertificateRequest request) {
        requests.tryEmitNext(request);
    }

    private void answered(Answer answer) {
        answers.tryEmitNext(answer);
    }
}
