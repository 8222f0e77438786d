package io.reactiveocpp.app.web;

import io.reactiveocpp.app.ChargePointRuntime;
import reactor.core.publisher.Flux;

/**
 * What tells the live status page to render again: the engine's {@link io.reactiveocpp.engine.ChargePoint#changes()}
 * (connectors, meter readings, transactions, registration, firmware, diagnostics) and the session's link and queue
 * states. Each emission only says that something changed; the page reads {@code /api/status} anew. No polling, and
 * nothing is allocated in the engine until the first subscription. The engine's signals come on its scheduler: a
 * subscriber throttles and hops off before it renders.
 */
final class StatusChanges {

    private StatusChanges() {
    }

    /** The signals of {@code runtime}; the session's replay their latest state at once. */
    static Flux<Object> changes(ChargePointRuntime runtime) {
        return Flux.merge(runtime.chargePoint().changes(), runtime.session().connectionStates(),
                runtime.session().queueStates());
    }
}
