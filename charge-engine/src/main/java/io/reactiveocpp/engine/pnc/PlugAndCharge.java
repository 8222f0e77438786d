package io.reactiveocpp.engine.pnc;

import io.reactiveocpp.codec.message.core.DataTransferConfirmation;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.pnc.PncDataTransfer;
import io.reactiveocpp.codec.pnc.PncInstallCertificateUseEnum;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.Events;
import io.reactiveocpp.engine.auth.Authorizer;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.handler.DataTransferHandler;
import io.reactiveocpp.engine.security.CertificateStore;
import io.reactiveocpp.engine.security.SecurityEventSink;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.engine.transaction.ChargingFlow;
import io.reactiveocpp.hal.Iso15118Stack;
import io.reactiveocpp.session.ConnectionState;
import io.reactiveocpp.session.OcppClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * ISO 15118 Plug &amp; Charge over OCPP 1.6 ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6", v1.0): the
 * DataTransfers of vendorId {@value PncDataTransfer#VENDOR_ID}. The backend's messages are answered by
 * {@link PncBackendMessages}; the certificates are kept by {@link PncCertificates}; the SECC certificate is requested
 * by {@link SeccSigning} whenever the link comes up or {@code ISO15118PnCEnabled} turns true while there is no valid
 * one, and when the backend triggers it. Confined to the engine's scheduler.
 */
public final class PlugAndCharge {

    static final Duration RENEWAL_CHECK = Duration.ofHours(1);
    static final Duration SERIES_PER = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(PlugAndCharge.class);

    private final OcppClient client;
    private final Configuration config;
    private final EngineClock clock;
    private final Scheduler scheduler;
    private final PncCertificates certificates;
    private final SeccSigning signing;
    private final PlugAndChargeEv ev;
    private PncBackendMessages backend;
    private Instant lastSeries; // when the last series of SignCertificate began

    /** {@code stack}: the station's ISO 15118 stack, whose contracts start transactions through {@code flow}. */
    public PlugAndCharge(OcppClient client, Configuration config, EngineStore store, EngineClock clock,
                         Scheduler scheduler, Iso15118Stack stack, ChargingFlow flow, Authorizer authorizer) {
        this.client = client;
        this.config = config;
        this.clock = clock;
        this.scheduler = scheduler;
        this.certificates = new PncCertificates(config, store, clock);
        this.signing = new SeccSigning(client, config, certificates, scheduler);
        this.ev = new PlugAndChargeEv(client, stack, flow, authorizer, config, store, clock, scheduler,
                () -> certificates.roots(PncInstallCertificateUseEnum.MO_ROOT_CERTIFICATE).stream()
                        .map(PncCertificates.Root::certificate).toList());
    }

    /**
     * Restores the certificates, registers the Plug &amp; Charge DataTransfer handler and starts watching for a
     * missing SECC certificate; call once at start. CSMS and Manufacturer roots installed over Plug &amp; Charge go
     * to {@code roots} (the 1.6 store); a rejected SECC chain is reported to {@code events}.
     */
    public void start(DataTransferHandler dataTransfer, CertificateStore roots, SecurityEventSink events) {
        backend = new PncBackendMessages(config, certificates, new PncCertificateIds(certificates, roots), signing,
                clock, scheduler, events);
        scheduler.schedule(certificates::restore);
        dataTransfer.register(PncDataTransfer.VENDOR_ID,
                request -> Mono.defer(() -> inbound(request)).subscribeOn(scheduler));
        scheduler.schedule(() -> {
            client.connectionStates().filter(ConnectionState::connected)
                    .subscribe(Events.on(scheduler, up -> signIfMissing()));
            config.onChange("ISO15118PnCEnabled"::equals, scheduler, key -> signIfMissing());
            ev.start();
        });
        scheduler.schedulePeriodically(this::renewIfDue, RENEWAL_CHECK.toMillis(), RENEWAL_CHECK.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The Plug &amp; Charge certificates; confined to the engine's scheduler. */
    public PncCertificates certificates() {
        return certificates;
    }

    /** A Plug &amp; Charge DataTransfer of the backend, on the engine's scheduler. */
    private Mono<DataTransferConfirmation> inbound(DataTransferRequest request) {
        return backend.handle(request);
    }

    /**
     * Checked hourly on the engine's clock: a SECC certificate that is missing (a series of SignCertificate ran out of
     * attempts without a CertificateSigned) or in its {@link RenewalWindow} gets a new series, at most one a day,
     * until a CertificateSigned replaces it.
     */
    private void renewIfDue() {
        Instant now = clock.now();
        if (lastSeries == null || !now.isBefore(lastSeries.plus(SERIES_PER))) {
            if (config.bool("ISO15118PnCEnabled") && certificates.seccDueForRenewal() && !signing.signing()) {
                LOG.info("the SECC certificate expires {}: SignCertificate for its renewal",
                        certificates.seccChain().get(0).getNotAfter().toInstant());
                lastSeries = now;
                signing.start();
            } else {
                signIfMissing();
            }
        }
    }

    /** A series of SignCertificate when Plug &amp; Charge is on without a SECC certificate valid now. */
    private void signIfMissing() {
        if (config.bool("ISO15118PnCEnabled") && !certificates.hasValidSecc() && !signing.signing()) {
            lastSeries = clock.now();
            signing.start();
        }
    }
}
