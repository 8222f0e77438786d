package io.reactiveocpp.engine.pnc;

import io.reactiveocpp.codec.pnc.PncAction;
import io.reactiveocpp.codec.pnc.PncDataTransfer;
import io.reactiveocpp.codec.pnc.PncRequest;
import io.reactiveocpp.codec.pnc.PncResponse;
import io.reactiveocpp.codec.pnc.PncResult;
import io.reactiveocpp.session.OcppClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Sends the charge point's Plug &amp; Charge requests (Authorize, Get15118EVCertificate, GetCertificateStatus)
 * wrapped in a DataTransfer and unwraps the backend's 2.0.1 response.
 */
final class PncCalls {

    /** The backend answered, but not with the 2.0.1 response: a status other than Accepted, or bad {@code data}. */
    static final class MalformedAnswer extends RuntimeException {
        MalformedAnswer(String message) {
            super(message, null, false, false);
        }
    }

    private final OcppClient client;
    private final Scheduler scheduler;

    PncCalls(OcppClient client, Scheduler scheduler) {
        this.client = client;
        this.scheduler = scheduler;
    }

    /**
     * The typed response, on the engine's scheduler; lazy. Fails with the session's {@code CallException}
     * when there is no answer (offline, timed out, a CALLERROR) and with {@link MalformedAnswer} (naming the
     * field) when the answer does not carry the response.
     */
    @SuppressWarnings("unchecked")
    <R extends PncResponse> Mono<R> call(PncRequest<R> request) {
        PncAction action = request.pncAction();
        return Mono.defer(() -> client.call(PncDataTransfer.wrap(request))).publishOn(scheduler).flatMap(answer -> {
            PncResult<PncResponse> result = PncDataTransfer.unwrap(answer, action);
            if (result instanceof PncResult.Valid<PncResponse> valid) {
                return Mono.just((R) valid.value());
            }
            PncResult.Invalid<PncResponse> invalid = (PncResult.Invalid<PncResponse>) result;
            return Mono.error(new MalformedAnswer("the backend's " + action.wireName() + " answer carries no "
                    + action.wireName() + "Response: " + invalid.description()));
        });
    }
}
