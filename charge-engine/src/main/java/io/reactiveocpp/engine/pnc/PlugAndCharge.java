package io.reactiveocpp.engine.pnc;

import io.reactiveocpp.codec.message.core.DataTransferConfirmation;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.pnc.PncDataTransfer;
import io.reactiveocpp.codec.type.DataTransferStatus;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.handler.DataTransferHandler;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.session.OcppClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * ISO 15118 Plug &amp; Charge over OCPP 1.6 ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6", v1.0): the
 * DataTransfers of vendorId {@value PncDataTransfer#VENDOR_ID}. Confined to the engine's scheduler.
 */
public final class PlugAndCharge {

    private final OcppClient client;
    private final Configuration config;
    private final EngineStore store;
    private final EngineClock clock;
    private final Scheduler scheduler;

    public PlugAndCharge(OcppClient client, Configuration config, EngineStore store, EngineClock clock,
                         Scheduler scheduler) {
        this.client = client;
        this.config = config;
        this.store = store;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /** Registers the Plug &amp; Charge DataTransfer handler; call once at start. */
    public void start(DataTransferHandler dataTransfer) {
        dataTransfer.register(PncDataTransfer.VENDOR_ID,
                request -> Mono.defer(() -> inbound(request)).subscribeOn(scheduler));
    }

    /** A Plug &amp; Charge DataTransfer of the backend, on the engine's scheduler. */
    private Mono<DataTransferConfirmation> inbound(DataTransferRequest request) {
        return Mono.just(new DataTransferConfirmation(DataTransferStatus.UNKNOWN_MESSAGE_ID, null));
    }
}
