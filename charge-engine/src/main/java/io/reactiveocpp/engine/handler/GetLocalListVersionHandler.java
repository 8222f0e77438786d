package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.localauth.GetLocalListVersionConfirmation;
import io.reactiveocpp.codec.message.localauth.GetLocalListVersionRequest;
import io.reactiveocpp.engine.auth.LocalList;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** GetLocalListVersion (OCPP 1.6 section 5.10): -1 when the list is disabled, 0 when empty. */
public final class GetLocalListVersionHandler
        implements Function<GetLocalListVersionRequest, Mono<GetLocalListVersionConfirmation>> {

    private final LocalList list;

    public GetLocalListVersionHandler(LocalList list) {
        this.list = list;
    }

    @Override
    public Mono<GetLocalListVersionConfirmation> apply(GetLocalListVersionRequest request) {
        return Mono.just(new GetLocalListVersionConfirmation(list.version()));
    }
}
