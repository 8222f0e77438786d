package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.core.GetConfigurationConfirmation;
import io.reactiveocpp.codec.message.core.GetConfigurationRequest;
import io.reactiveocpp.codec.frame.ErrorCode;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.session.CallRefused;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/**
 * GetConfiguration (OCPP 1.6 section 5.8): the requested keys, or all of them, and the unknown names; more keys
 * than {@code GetConfigurationMaxKeys} in one request are answered with OccurenceConstraintViolation.
 */
public final class GetConfigurationHandler implements Function<GetConfigurationRequest, Mono<GetConfigurationConfirmation>> {

    private final Configuration config;

    public GetConfigurationHandler(Configuration config) {
        this.config = config;
    }

    @Override
    public Mono<GetConfigurationConfirmation> apply(GetConfigurationRequest request) {
        int max = config.integer("GetConfigurationMaxKeys");
        if (request.key() != null && request.key().size() > max) {
            // the specification sets the limit but not the answer; a clear error rather than a silent cut
            return Mono.error(new CallRefused(ErrorCode.OCCURENCE_CONSTRAINT_VIOLATION, "key: "
                    + request.key().size() + " keys requested, GetConfigurationMaxKeys is " + max));
        }
        Configuration.Report report = config.report(request.key());
        return Mono.just(new GetConfigurationConfirmation(report.known().isEmpty() ? null : report.known(),
                report.unknown().isEmpty() ? null : report.unknown()));
    }
}
