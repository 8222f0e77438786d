package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.frame.ErrorCode;
import io.reactiveocpp.codec.message.firmware.GetDiagnosticsConfirmation;
import io.reactiveocpp.codec.message.firmware.GetDiagnosticsRequest;
import io.reactiveocpp.engine.diagnostics.Diagnostics;
import io.reactiveocpp.engine.diagnostics.UploadJob;
import io.reactiveocpp.session.CallRefused;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/**
 * GetDiagnostics (OCPP 1.6 section 5.9): the archive's file name, or none when there is nothing to upload; the
 * upload follows (see {@link Diagnostics}). A location that is no absolute URI, negative retries or retryInterval,
 * or a stopTime before the startTime is answered with PropertyConstraintViolation naming the field.
 */
public final class GetDiagnosticsHandler implements Function<GetDiagnosticsRequest, Mono<GetDiagnosticsConfirmation>> {

    private final Diagnostics diagnostics;

    public GetDiagnosticsHandler(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    @Override
    public Mono<GetDiagnosticsConfirmation> apply(GetDiagnosticsRequest request) {
        UploadJob job;
        try {
            job = UploadJob.of(request);
        } catch (IllegalArgumentException e) {
            return Mono.error(new CallRefused(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, e.getMessage()));
        }
        return Mono.just(new GetDiagnosticsConfirmation(diagnostics.start(job)));
    }
}
