package io.reactiveocpp.engine.pnc;

import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.Events;
import io.reactiveocpp.engine.auth.Authorizer;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.engine.transaction.ChargingFlow;
import io.reactiveocpp.hal.Iso15118Stack;
import io.reactiveocpp.session.OcppClient;
import org.bouncycastle.cert.X509CertificateHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.scheduler.Scheduler;

import java.util.List;
import java.util.function.Supplier;

/**
 * The EV side of Plug &amp; Charge: what the HAL's {@link Iso15118Stack} hands over goes to the backend in the
 * charge point's PnC DataTransfers. Contract authorizations after plug-in: {@link ContractAuthorizations};
 * contract certificate requests: {@link EvCertificates}. The stack's requests are moved onto the engine's
 * scheduler; one that fails in the engine is logged and answered, and the next one is still taken.
 */
final class PlugAndChargeEv {

    private static final Logger LOG = LoggerFactory.getLogger(PlugAndChargeEv.class);

    private final Iso15118Stack stack;
    private final Scheduler scheduler;
    private final ContractAuthorizations authorizations;
    private final EvCertificates certificates;

    PlugAndChargeEv(OcppClient client, Iso15118Stack stack, ChargingFlow flow, Authorizer authorizer,
                    Configuration config, EngineStore store, EngineClock clock, Scheduler scheduler,
                    Supplier<List<X509CertificateHolder>> moRoots) {
        this.stack = stack;
        this.scheduler = scheduler;
        PncCalls calls = new PncCalls(client, scheduler);
        this.authorizations = new ContractAuthorizations(calls, stack, flow, authorizer, config, new OcspCache(store),
                moRoots, clock);
        this.certificates = new EvCertificates(calls, stack, config);
    }

    /** Takes the stack's requests from now on; call once, on the engine's scheduler. */
    void start() {
        stack.authorizations().subscribe(Events.on(scheduler, ev -> {
            try {
                authorizations.authorize(ev);
            } catch (RuntimeException e) {
                LOG.error("the Plug & Charge authorization on connector {} failed", ev.connectorId(), e);
                stack.authorizationResult(ev.connectorId(), new Iso15118Stack.AuthorizationResult(false, "Invalid"));
            }
        }));
        stack.certificateRequests().subscribe(Events.on(scheduler, request -> {
            try {
                certificates.request(request);
            } catch (RuntimeException e) {
                LOG.error("the contract certificate request on connector {} failed", request.connectorId(), e);
                stack.certificateResponse(request.connectorId(), new Iso15118Stack.EvCertificateResponse(false, ""));
            }
        }));
    }
}
