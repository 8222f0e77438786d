package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.core.ChangeConfigurationConfirmation;
import io.reactiveocpp.codec.message.core.ChangeConfigurationRequest;
import io.reactiveocpp.engine.config.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** ChangeConfiguration (OCPP 1.6 section 5.3): Accepted, Rejected, RebootRequired or NotSupported. */
public final class ChangeConfigurationHandler
        implements Function<ChangeConfigurationRequest, Mono<ChangeConfigurationConfirmation>> {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeConfigurationHandler.class);

    private final Configuration config;

    public ChangeConfigurationHandler(Configuration config) {
        this.config = config;
    }

    @Override
    public Mono<ChangeConfigurationConfirmation> apply(ChangeConfigurationRequest request) {
        Configuration.Change change = config.change(request.key(), request.value());
        if (change.reason() != null) {
            // the reason may quote the value: never for the write-only key
            LOG.info("ChangeConfiguration of {}: {} ({})", request.key(), change.status().literal(),
                    request.key().equals("AuthorizationKey") ? "invalid key" : change.reason());
        }
        return Mono.just(new ChangeConfigurationConfirmation(change.status()));
    }
}
