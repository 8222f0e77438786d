package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.trigger.TriggerMessageConfirmation;
import io.reactiveocpp.codec.message.trigger.TriggerMessageRequest;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/**
 * TriggerMessage (OCPP 1.6 section 5.17): Accepted, and the requested message follows the answer; Rejected
 * for a connector that does not exist. StatusNotification and MeterValues without connectorId cover the
 * station and every connector. The rules are {@link Triggers}', shared with ExtendedTriggerMessage.
 */
public final class TriggerMessageHandler implements Function<TriggerMessageRequest, Mono<TriggerMessageConfirmation>> {

    private final Triggers triggers;

    public TriggerMessageHandler(Triggers triggers) {
        this.triggers = triggers;
    }

    @Override
    public Mono<TriggerMessageConfirmation> apply(TriggerMessageRequest request) {
        Integer connectorId = request.connectorId();
        Runnable send = switch (request.requestedMessage()) {
            case BOOT_NOTIFICATION -> triggers.bootNotification();
            case HEARTBEAT -> triggers.heartbeat();
            case STATUS_NOTIFICATION -> triggers.statusNotification(connectorId);
            case METER_VALUES -> triggers.meterValues(connectorId);
            case DIAGNOSTICS_STATUS_NOTIFICATION -> triggers.diagnosticsStatus();
            case FIRMWARE_STATUS_NOTIFICATION -> triggers.firmwareStatus();
        };
        return triggers.answer(connectorId, send, TriggerMessageConfirmation::new);
    }
}
