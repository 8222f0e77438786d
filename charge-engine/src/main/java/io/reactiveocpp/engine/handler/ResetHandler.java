package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.core.ResetConfirmation;
import io.reactiveocpp.codec.message.core.ResetRequest;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.codec.type.ResetStatus;
import io.reactiveocpp.codec.type.ResetType;
import io.reactiveocpp.engine.transaction.Transactions;
import io.reactiveocpp.engine.hal.HardwareBridge;
import io.reactiveocpp.engine.security.SecurityEvent;
import io.reactiveocpp.engine.security.SecurityEvents;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reset (OCPP 1.6 section 5.13): Accepted; every running transaction is stopped with reason SoftReset or
 * HardReset (the StopTransactions are durable before the restart), then the system restarts through the
 * HAL's reboot hook, after a second so that the answer leaves first. The security event ResetOrReboot is raised
 * when the Reset is accepted (stored in the durable queue well within that second).
 */
public final class ResetHandler implements Function<ResetRequest, Mono<ResetConfirmation>> {

    private final HardwareBridge hardware;
    private final Transactions transactions;
    private final Scheduler scheduler;
    private final SecurityEvents events;

    public ResetHandler(HardwareBridge hardware, Transactions transactions, Scheduler scheduler,
                        SecurityEvents events) {
        this.hardware = hardware;
        this.transactions = transactions;
        this.scheduler = scheduler;
        this.events = events;
    }

    @Override
    public Mono<ResetConfirmation> apply(ResetRequest request) {
        boolean hard = request.type() == ResetType.HARD;
        String kind = hard ? "HardReset" : "SoftReset";
        restart(hard ? Reason.HARD_RESET : Reason.SOFT_RESET, kind, kind + " requested by the backend");
        return Mono.just(new ResetConfirmation(ResetStatus.ACCEPTED));
    }

    /**
     * Stops every running transaction with {@code reason}, raises ResetOrReboot with {@code why} and restarts
     * through the HAL's reboot hook ({@code kind} its reason) a second later: a Reset, or a restart asked for on
     * the local interface. Call on the engine's scheduler.
     */
    public void restart(Reason reason, String kind, String why) {
        for (int id = 1; id <= hardware.connectorCount(); id++) {
            transactions.stop(id, reason, null);
        }
        events.raise(SecurityEvent.RESET_OR_REBOOT, why);
        scheduler.schedule(() -> hardware.reboot(kind), 1, TimeUnit.SECONDS);
    }
}
