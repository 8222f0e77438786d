package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.HeartbeatRequest;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.security.ExtendedTriggerMessageRequest;
import io.reactiveocpp.codec.message.security.LogStatusNotificationConfirmation;
import io.reactiveocpp.codec.message.security.LogStatusNotificationRequest;
import io.reactiveocpp.codec.message.security.SignCertificateRequest;
import io.reactiveocpp.codec.message.security.SignedFirmwareStatusNotificationConfirmation;
import io.reactiveocpp.codec.message.security.SignedFirmwareStatusNotificationRequest;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.ExtendedMessageTrigger;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.codec.type.SignedFirmwareStatus;
import io.reactiveocpp.codec.type.TriggerMessageStatus;
import io.reactiveocpp.codec.type.UploadLogStatus;
import io.reactiveocpp.engine.testing.EngineScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ExtendedTriggerMessage (security whitepaper F06): each requestedMessage of the schema is Accepted and followed by
 * its message (the whitepaper's LogStatusNotification and SignedFirmwareStatusNotification where 1.6 had others), a
 * connector that does not exist is Rejected with nothing sent, as for TriggerMessage. The running GetLog and
 * signed update cases are in DiagnosticsTest and SignedFirmwareUpdateTest.
 */
class ExtendedTriggerMessageTest extends EngineScenario {

    @BeforeEach
    void booted() {
        bootedAtT0();
    }

    private TriggerMessageStatus trigger(ExtendedMessageTrigger message, Integer connectorId) {
        return backend.receive(new ExtendedTriggerMessageRequest(message, connectorId)).status();
    }

    @Test
    void eachRequestedMessageIsAcceptedAndFollowsTheAnswer() {
        config.change("MeterValuesSampledData", "Energy.Active.Import.Register");
        station.energy(1, 1234);

        assertThat(trigger(ExtendedMessageTrigger.BOOT_NOTIFICATION, null)).isEqualTo(TriggerMessageStatus.ACCEPTED);
        backend.next(BootNotificationRequest.class);
        assertThat(trigger(ExtendedMessageTrigger.HEARTBEAT, null)).isEqualTo(TriggerMessageStatus.ACCEPTED);
        backend.next(HeartbeatRequest.class);
        assertThat(trigger(ExtendedMessageTrigger.STATUS_NOTIFICATION, 1)).isEqualTo(TriggerMessageStatus.ACCEPTED);
        expectStatus(1, ChargePointStatus.AVAILABLE);
        assertThat(trigger(ExtendedMessageTrigger.STATUS_NOTIFICATION, null)).isEqualTo(TriggerMessageStatus.ACCEPTED);
        expectStatus(0, ChargePointStatus.AVAILABLE);
        expectStatus(1, ChargePointStatus.AVAILABLE);
        assertThat(trigger(ExtendedMessageTrigger.METER_VALUES, 1)).isEqualTo(TriggerMessageStatus.ACCEPTED);
        MeterValuesRequest values = backend.next(MeterValuesRequest.class).request();
        assertThat(values.connectorId()).isEqualTo(1);
        assertThat(values.meterValue().get(0).sampledValue().get(0).context()).isEqualTo(ReadingContext.TRIGGER);
        assertThat(trigger(ExtendedMessageTrigger.LOG_STATUS_NOTIFICATION, null))
                .isEqualTo(TriggerMessageStatus.ACCEPTED);
        expect(new LogStatusNotificationRequest(UploadLogStatus.IDLE, null),
                LogStatusNotificationConfirmation.INSTANCE);
        assertThat(trigger(ExtendedMessageTrigger.FIRMWARE_STATUS_NOTIFICATION, null))
                .isEqualTo(TriggerMessageStatus.ACCEPTED);
        expect(new SignedFirmwareStatusNotificationRequest(SignedFirmwareStatus.IDLE, null),
                SignedFirmwareStatusNotificationConfirmation.INSTANCE);
        assertThat(trigger(ExtendedMessageTrigger.SIGN_CHARGE_POINT_CERTIFICATE, null))
                .isEqualTo(TriggerMessageStatus.ACCEPTED);
        backend.next(SignCertificateRequest.class);
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void aConnectorThatDoesNotExistIsRejectedAndNothingIsSent() {
        config.change("MeterValuesSampledData", "Energy.Active.Import.Register");
        assertThat(trigger(ExtendedMessageTrigger.METER_VALUES, 2)).isEqualTo(TriggerMessageStatus.REJECTED);
        assertThat(trigger(ExtendedMessageTrigger.STATUS_NOTIFICATION, 2)).isEqualTo(TriggerMessageStatus.REJECTED);
        time.advanceTimeBy(Duration.ofSeconds(60));
        assertThat(backend.quiet()).isTrue();
    }
}
