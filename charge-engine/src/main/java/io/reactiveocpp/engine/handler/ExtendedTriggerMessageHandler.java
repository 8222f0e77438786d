package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.security.ExtendedTriggerMessageConfirmation;
import io.reactiveocpp.codec.message.security.ExtendedTriggerMessageRequest;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/**
 * ExtendedTriggerMessage (OCPP 1.6 security whitepaper edition 3, use case F06): the connectorId rules of
 * TriggerMessage ({@link Triggers}); LogStatusNotification and FirmwareStatusNotification are answered with the
 * whitepaper's messages (LogStatusNotification, SignedFirmwareStatusNotification), SignChargePointCertificate with a
 * SignCertificate for a new key ({@code sign}).
 */
public final class ExtendedTriggerMessageHandler
        implements Function<ExtendedTriggerMessageRequest, Mono<ExtendedTriggerMessageConfirmation>> {

    private final Triggers triggers;
    private final Runnable sign;

    /** {@code sign}: sends SignCertificate for a new key pair; runs on the engine's scheduler. */
    public ExtendedTriggerMessageHandler(Triggers triggers, Runnable sign) {
        this.triggers = triggers;
        this.sign = sign;
    }

    @Override
    public Mono<ExtendedTriggerMessageConfirmation> apply(ExtendedTriggerMessageRequest request) {
        Integer connectorId = request.connectorId();
        Runnable send = switch (request.requestedMessage()) {
            case BOOT_NOTIFICATION -> triggers.bootNotification();
            case HEARTBEAT -> triggers.heartbeat();
            case STATUS_NOTIFICATION -> triggers.statusNotification(connectorId);
            case METER_VALUES -> triggers.meterValues(connectorId);
            case LOG_STATUS_NOTIFICATION -> triggers.logStatus();
            case FIRMWARE_STATUS_NOTIFICATION -> triggers.signedFirmwareStatus();
            case SIGN_CHARGE_POINT_CERTIFICATE -> sign;
        };
        return triggers.answer(connectorId, send, ExtendedTriggerMessageConfirmation::new);
    }
}
