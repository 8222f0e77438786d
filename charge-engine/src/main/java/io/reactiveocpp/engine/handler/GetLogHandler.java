package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.frame.ErrorCode;
import io.reactiveocpp.codec.message.security.GetLogConfirmation;
import io.reactiveocpp.codec.message.security.GetLogRequest;
import io.reactiveocpp.codec.type.LogStatus;
import io.reactiveocpp.engine.diagnostics.Diagnostics;
import io.reactiveocpp.engine.diagnostics.UploadJob;
import io.reactiveocpp.session.CallRefused;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/**
 * GetLog (OCPP 1.6 security whitepaper): Accepted with the archive's file name, AcceptedCanceled when an upload
 * was running and is canceled for this one, Rejected when there is no directory for archives. Bad fields are
 * answered with PropertyConstraintViolation naming the field, as GetDiagnostics's.
 */
public final class GetLogHandler implements Function<GetLogRequest, Mono<GetLogConfirmation>> {

    private final Diagnostics diagnostics;

    public GetLogHandler(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    @Override
    public Mono<GetLogConfirmation> apply(GetLogRequest request) {
        UploadJob job;
        try {
            job = UploadJob.of(request);
        } catch (IllegalArgumentException e) {
            return Mono.error(new CallRefused(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, e.getMessage()));
        }
        boolean running = diagnostics.running();
        String fileName = diagnostics.start(job);
        if (fileName == null) {
            return Mono.just(new GetLogConfirmation(LogStatus.REJECTED, null));
        }
        return Mono.just(new GetLogConfirmation(running ? LogStatus.ACCEPTED_CANCELED : LogStatus.ACCEPTED, fileName));
    }
}
