package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.firmware.FirmwareStatusNotificationRequest;
import io.reactiveocpp.codec.type.TriggerMessageStatus;
import io.reactiveocpp.engine.boot.Registration;
import io.reactiveocpp.engine.connector.Connectors;
import io.reactiveocpp.engine.diagnostics.Diagnostics;
import io.reactiveocpp.engine.firmware.FirmwareUpdates;
import io.reactiveocpp.engine.metering.OnDemandSamples;
import io.reactiveocpp.session.OcppClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.util.function.Function;

/**
 * What TriggerMessage (OCPP 1.6 section 5.17) and ExtendedTriggerMessage (security whitepaper) share: the
 * connectorId rule (Rejected for a connector that does not exist; none or 0 means the station) and the messages
 * both can ask for. The requested message follows the answer: it is scheduled on the engine's scheduler once the
 * answer is on its way. Each {@code Runnable} here sends one kind of message; call them on the engine's scheduler.
 */
public final class Triggers {

    private final OcppClient client;
    private final Registration registration;
    private final Connectors connectors;
    private final OnDemandSamples samples;
    private final Scheduler scheduler;
    private final Diagnostics diagnostics;
    private final FirmwareUpdates firmware;

    public Triggers(OcppClient client, Registration registration, Connectors connectors, OnDemandSamples samples,
                    Scheduler scheduler, Diagnostics diagnostics, FirmwareUpdates firmware) {
        this.client = client;
        this.registration = registration;
        this.connectors = connectors;
        this.samples = samples;
        this.scheduler = scheduler;
        this.diagnostics = diagnostics;
        this.firmware = firmware;
    }

    /**
     * The answer to a trigger for {@code connectorId}: Rejected (and nothing sent) for a connector that does not
     * exist, else Accepted, after which {@code send} runs on the engine's scheduler.
     */
    public <C> Mono<C> answer(Integer connectorId, Runnable send, Function<TriggerMessageStatus, C> confirmation) {
        if (connectorId != null && connectorId != 0 && !connectors.exists(connectorId)) {
            return Mono.just(confirmation.apply(TriggerMessageStatus.REJECTED));
        }
        return Mono.just(confirmation.apply(TriggerMessageStatus.ACCEPTED))
                .doOnSuccess(answer -> scheduler.schedule(send));
    }

    public Runnable bootNotification() {
        return registration::boot;
    }

    public Runnable heartbeat() {
        return registration::heartbeat;
    }

    /** StatusNotification of {@code connectorId}; without one, of the station and every connector. */
    public Runnable statusNotification(Integer connectorId) {
        return () -> {
            if (connectorId == null) {
                for (int id = 0; id <= connectors.count(); id++) {
                    connectors.resend(id);
                }
            } else {
                connectors.resend(connectorId);
            }
        };
    }

    /** MeterValues of {@code connectorId}; without one (or 0), of every connector. */
    public Runnable meterValues(Integer connectorId) {
        return () -> {
            for (int id = 1; id <= connectors.count(); id++) {
                if (connectorId == null || connectorId == 0 || connectorId == id) {
                    samples.trigger(id);
                }
            }
        };
    }

    /** DiagnosticsStatusNotification: Uploading or Idle. */
    public Runnable diagnosticsStatus() {
        return diagnostics::reportDiagnosticsStatus;
    }

    /** LogStatusNotification (whitepaper): Uploading with the GetLog's requestId, or Idle. */
    public Runnable logStatus() {
        return diagnostics::reportLogStatus;
    }

    /** FirmwareStatusNotification with the 1.6 statuses. */
    public Runnable firmwareStatus() {
        return () -> client.call(new FirmwareStatusNotificationRequest(firmware.triggered())).subscribe(null, e -> { });
    }

    /** SignedFirmwareStatusNotification (whitepaper): the update's status and requestId, or Idle. */
    public Runnable signedFirmwareStatus() {
        return firmware::reportSignedStatus;
    }
}
