package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.localauth.SendLocalListConfirmation;
import io.reactiveocpp.codec.message.localauth.SendLocalListRequest;
import io.reactiveocpp.engine.auth.LocalList;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** SendLocalList (OCPP 1.6 section 5.15). */
public final class SendLocalListHandler implements Function<SendLocalListRequest, Mono<SendLocalListConfirmation>> {

    private final LocalList list;

    public SendLocalListHandler(LocalList list) {
        this.list = list;
    }

    @Override
    public Mono<SendLocalListConfirmation> apply(SendLocalListRequest request) {
        return Mono.just(new SendLocalListConfirmation(
                list.update(request.listVersion(), request.updateType(), request.localAuthorizationList())));
    }
}
