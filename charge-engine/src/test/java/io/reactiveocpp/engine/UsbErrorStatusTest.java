package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.StatusNotificationConfirmation;
import io.reactiveocpp.codec.message.core.StatusNotificationRequest;
import io.reactiveocpp.codec.type.ChargePointErrorCode;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code SendUsbErrorStatusNotifications} (PRODUCT.md): faults of USB devices reach the backend only when it is
 * true; {@code SendErrorStatusNotifications} governs every other fault. In virtual time, exact messages.
 */
class UsbErrorStatusTest extends EngineScenario {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final Fault USB_READER = new Fault(1, FaultCode.READER_FAILURE, "USB reader unplugged", "USB-RFID",
            true, true);
    private static final Fault USB_READER_CLEARED = new Fault(1, FaultCode.READER_FAILURE, "USB reader unplugged",
            "USB-RFID", false, true);

    private ChargePoint chargePoint;

    @BeforeEach
    void booted() {
        chargePoint = bootAccepted(T0, 86_400);
        expectStatus(0, ChargePointStatus.AVAILABLE);
        expectStatus(1, ChargePointStatus.AVAILABLE);
    }

    /** The next message is exactly {@code expected}; it is answered. */
    private void expectSent(StatusNotificationRequest expected) {
        var sent = backend.next(StatusNotificationRequest.class);
        assertThat(sent.<StatusNotificationRequest>request()).isEqualTo(expected);
        sent.answer(StatusNotificationConfirmation.INSTANCE);
    }

    private static StatusNotificationRequest status(int connectorId, ChargePointErrorCode code, String info,
                                                    ChargePointStatus status, String vendorErrorCode) {
        return new StatusNotificationRequest(connectorId, code, info, status, T0, null, vendorErrorCode);
    }

    @Test
    void aUsbFaultIsWithheldByDefaultYetTheConnectorIsFaulted() {
        station.fault(USB_READER);
        assertThat(backend.quiet()).as("SendUsbErrorStatusNotifications is false by default").isTrue();
        assertThat(chargePoint.connectors().status(1)).isEqualTo(ChargePointStatus.FAULTED);
        assertThat(chargePoint.connectors().facts(1).faults()).containsExactly(USB_READER);

        station.fault(USB_READER_CLEARED);
        assertThat(chargePoint.connectors().status(1)).isEqualTo(ChargePointStatus.AVAILABLE);
        assertThat(backend.quiet()).as("the backend was last told Available: nothing to say").isTrue();
    }

    @Test
    void aUsbFaultIsReportedWhenTheKeyIsTrue() {
        config.change("SendUsbErrorStatusNotifications", "true");
        station.fault(USB_READER);
        expectSent(status(1, ChargePointErrorCode.READER_FAILURE, "USB reader unplugged", ChargePointStatus.FAULTED,
                "USB-RFID"));
        station.fault(USB_READER_CLEARED);
        expectSent(status(1, ChargePointErrorCode.NO_ERROR, null, ChargePointStatus.AVAILABLE, null));
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void aHardwareFaultBesideAWithheldUsbFaultIsReportedWithItsOwnCode() {
        station.fault(USB_READER);
        assertThat(backend.quiet()).isTrue();
        station.fault(new Fault(1, FaultCode.GROUND_FAILURE, "RCD tripped", null, true));
        expectSent(status(1, ChargePointErrorCode.GROUND_FAILURE, "RCD tripped", ChargePointStatus.FAULTED, null));
        station.fault(new Fault(1, FaultCode.GROUND_FAILURE, "RCD tripped", null, false));
        assertThat(backend.quiet()).as("still Faulted, by the USB fault alone").isTrue();
        station.fault(USB_READER_CLEARED);
        expectSent(status(1, ChargePointErrorCode.NO_ERROR, null, ChargePointStatus.AVAILABLE, null));
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void eachKeyGovernsItsOwnFaults() {
        config.change("SendErrorStatusNotifications", "false");
        config.change("SendUsbErrorStatusNotifications", "true");
        station.fault(new Fault(0, FaultCode.READER_FAILURE, null, "USB-RFID", true, true));
        expectSent(status(0, ChargePointErrorCode.READER_FAILURE, null, ChargePointStatus.FAULTED, "USB-RFID"));
        station.fault(new Fault(1, FaultCode.HIGH_TEMPERATURE, "cable at 90 °C", null, true));
        assertThat(backend.quiet()).as("SendErrorStatusNotifications is false").isTrue();
        assertThat(chargePoint.connectors().status(1)).isEqualTo(ChargePointStatus.FAULTED);
    }
}
