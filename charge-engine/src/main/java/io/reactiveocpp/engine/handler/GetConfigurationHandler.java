package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.core.GetConfigurationConfirmation;
import io.reactiveocpp.codec.message.core.GetConfigurationRequest;
import io.reactiveocpp.engine.config.Configuration;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** GetConfiguration (OCPP 1.6 section 5.8): the requested keys, or all of them, and the unknown names. */
public final class GetConfigurationHandler implements Function<GetConfigurationRequest, Mono<GetConfigurationConfirmation>> {

    private final Configuration config;

    public GetConfigurationHandler(Configuration config) {
        this.config = config;
    }

    @Override
    public Mono<GetConfigurationConfirmation> apply(GetConfigurationRequest request) {
        Configuration.Report report = config.report(request.key());
        return Mono.just(new GetConfigurationConfirmation(report.known().isEmpty() ? null : report.known(),
                report.unknown().isEmpty() ? null : report.unknown()));
    }
}
