package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.trigger.TriggerMessageConfirmation;
import io.reactiveocpp.codec.message.trigger.TriggerMessageRequest;
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
 * TriggerMessage (OCPP 1.6 section 5.17): Accepted, and the requested message follows the answer; Rejected
 * for a connector that does not exist. StatusNotification and MeterValues without connectorId cover the
 * station and every connector.
 */
public final class TriggerMessageHandler implements Function<TriggerMessageRequest, Mono<TriggerMessageConfirmation>> {

    private final OcppClient client;
    private final Registration registration;
    private final Connectors connectors;
    private final OnDemandSamples samples;
    private final Scheduler scheduler;
    private final Diagnostics diagnostics;
    private final FirmwareUpdates firmware;

    public TriggerMessageHandler(OcppClient client, Registration registration, Connectors connectors,
                                 OnDemandSamples samples, Scheduler scheduler, Diagnostics diagnostics,
                                 FirmwareUpdates firmware) {
        this.diagnostics = diagnostics;
        this.firmware = firmware;
        this.client = client;
        this.registration = registration;
        this.connectors = connectors;
        this.samples = samples;
        this.scheduler = scheduler;
    }

    @Override
    public Mono<TriggerMessageConfirmation> apply(TriggerMessageRequest request) {
        Integer connectorId = request.connectorId();
        if (connectorId != null && connectorId != 0 && !connectors.exists(connectorId)) {
            return Mono.just(new TriggerMessageConfirmation(TriggerMessageStatus.REJECTED));
        }
        Runnable send = switch (request.requestedMessage()) {
            case BOOT_NOTIFICATION -> registration::boot;
            case HEARTBEAT -> registration::heartbeat;
            case STATUS_NOTIFICATION -> () -> {
                if (connectorId == null) {
                    for (int id = 0; id <= connectors.count(); id++) {
                        connectors.resend(id);
                    }
                } else {
                    connectors.resend(connectorId);
                }
            };
            case METER_VALUES -> () -> {
                for (int id = 1; id <= connectors.count(); id++) {
                    if (connectorId == null || connectorId == 0 || connectorId == id) {
                        samples.trigger(id);
                    }
                }
            };
            case DIAGNOSTICS_STATUS_NOTIFICATION -> diagnostics::reportDiagnosticsStatus; // Uploading or Idle
            case FIRMWARE_STATUS_NOTIFICATION -> () -> client.call(
                    new FirmwareStatusNotificationRequest(firmware.triggered())).subscribe(null, e -> { });
        };
        return Mono.just(new TriggerMessageConfirmation(TriggerMessageStatus.ACCEPTED))
                .doOnSuccess(answer -> scheduler.schedule(send));
    }
}
