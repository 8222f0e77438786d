package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.core.ClearCacheConfirmation;
import io.reactiveocpp.codec.message.core.ClearCacheRequest;
import io.reactiveocpp.codec.type.ClearCacheStatus;
import io.reactiveocpp.engine.auth.Authorizer;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** ClearCache (OCPP 1.6 section 5.4): empties the authorization cache. */
public final class ClearCacheHandler implements Function<ClearCacheRequest, Mono<ClearCacheConfirmation>> {

    private final Authorizer authorizer;

    public ClearCacheHandler(Authorizer authorizer) {
        this.authorizer = authorizer;
    }

    @Override
    public Mono<ClearCacheConfirmation> apply(ClearCacheRequest request) {
        authorizer.clear();
        return Mono.just(new ClearCacheConfirmation(ClearCacheStatus.ACCEPTED));
    }
}
