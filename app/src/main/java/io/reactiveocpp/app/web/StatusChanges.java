package io.reactiveocpp.app.web;

import io.reactiveocpp.app.ChargePointRuntime;
import reactor.core.publisher.Flux;

/**
 * What tells the status page that something it shows has changed: the session's link and queue states, the
 * registration, and every OCPP frame (a status, a transaction, a meter value leaves or arrives as one).
 */
final class StatusChanges {

    private StatusChanges() {
    }

    static Flux<Object> of(ChargePointRuntime runtime) {
        return Flux.merge(runtime.session().connectionStates(), runtime.session().queueStates(),
                runtime.chargePoint().registration().states(), runtime.ocppLog().live());
    }
}
