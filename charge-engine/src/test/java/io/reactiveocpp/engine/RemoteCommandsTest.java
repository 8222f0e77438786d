package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.ChangeAvailabilityRequest;
import io.reactiveocpp.codec.message.core.RemoteStartTransactionRequest;
import io.reactiveocpp.codec.message.core.RemoteStopTransactionRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StatusNotificationConfirmation;
import io.reactiveocpp.codec.message.core.StatusNotificationRequest;
import io.reactiveocpp.codec.message.core.UnlockConnectorRequest;
import io.reactiveocpp.codec.type.AvailabilityStatus;
import io.reactiveocpp.codec.type.AvailabilityType;
import io.reactiveocpp.codec.type.ChargePointErrorCode;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.RemoteStartStopStatus;
import io.reactiveocpp.codec.type.UnlockStatus;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.hal.PilotState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Core profile, commands of the backend that the charge point refuses or cannot carry out
 * (RemoteStartTransaction, RemoteStopTransaction, UnlockConnector: OCPP 1.6 sections 5.11, 5.12, 5.18), one
 * test per OCA compliance case, in virtual time: the answer, and nothing sent unless the case says so.
 */
class RemoteCommandsTest extends EngineScenario {


    private ChargePoint chargePoint;

    @BeforeEach
    void booted() {
        chargePoint = bootedAtT0();
        station.energy(1, 1_000);
    }

    private RemoteStartStopStatus remoteStart(Integer connectorId, String idTag) {
        return backend.receive(new RemoteStartTransactionRequest(connectorId, idTag, null)).status();
    }

    /** Remote start of TAG-1 on connector 1, cable in: transaction 7 charges (no periodic MeterValues). */
    private void charging() {
        config.change("MeterValueSampleInterval", "0");
        assertThat(remoteStart(1, "TAG-1")).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        station.pilot(1, PilotState.C);
        expect(new StartTransactionRequest(1, "TAG-1", 1_000, null, T0), new StartTransactionConfirmation(ACCEPTED, 7));
        expectStatus(1, ChargePointStatus.CHARGING, T0);
    }

    @Test
    void remoteStartOnAConnectorWithATransactionIsRejected() { // OCA TC_026
        charging();
        assertThat(remoteStart(1, "TAG-2")).isEqualTo(RemoteStartStopStatus.REJECTED);
        assertThat(remoteStart(null, "TAG-2")).as("no other connector").isEqualTo(RemoteStartStopStatus.REJECTED);
        time.advanceTimeBy(Duration.ofMinutes(5));
        assertThat(backend.quiet()).isTrue();
        assertThat(chargePoint.transactions().active(1).idTag()).isEqualTo("TAG-1");
    }

    @Test
    void remoteStartOnAnUnavailableConnectorIsRejected() { // OCA TC_026 (connector Unavailable)
        assertThat(backend.receive(new ChangeAvailabilityRequest(1, AvailabilityType.INOPERATIVE)).status())
                .isEqualTo(AvailabilityStatus.ACCEPTED);
        expectStatus(1, ChargePointStatus.UNAVAILABLE, T0);
        expectStatus(0, ChargePointStatus.UNAVAILABLE, T0);
        assertThat(remoteStart(1, "TAG-1")).isEqualTo(RemoteStartStopStatus.REJECTED);
        assertThat(remoteStart(null, "TAG-1")).isEqualTo(RemoteStartStopStatus.REJECTED);
        station.pilot(1, PilotState.C);
        time.advanceTimeBy(Duration.ofMinutes(5));
        assertThat(backend.quiet()).as("no Preparing, no StartTransaction").isTrue();
    }

    @Test
    void remoteStartOnConnectorZeroIsRejected() { // OCA TC_027
        assertThat(remoteStart(0, "TAG-1")).isEqualTo(RemoteStartStopStatus.REJECTED);
        station.pilot(1, PilotState.C);
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        time.advanceTimeBy(Duration.ofMinutes(5));
        assertThat(backend.quiet()).as("no StartTransaction").isTrue();
    }

    @Test
    void remoteStopOfAnUnknownTransactionIsRejected() { // OCA TC_028
        charging();
        assertThat(backend.receive(new RemoteStopTransactionRequest(8)).status()).isEqualTo(RemoteStartStopStatus.REJECTED);
        time.advanceTimeBy(Duration.ofMinutes(5));
        assertThat(backend.quiet()).as("no StopTransaction").isTrue();
        assertThat(chargePoint.transactions().active(1)).isNotNull();
    }

    @Test
    void anUnlockThatFailsIsAnsweredUnlockFailedAndReported() { // OCA TC_030
        station.pilot(1, PilotState.B);
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        station.connector(1).lock().lock().block(); // the cable is held
        station.lockStuck(1, true);

        assertThat(backend.receive(new UnlockConnectorRequest(1)).status()).isEqualTo(UnlockStatus.UNLOCK_FAILED);
        expect(new StatusNotificationRequest(1, ChargePointErrorCode.CONNECTOR_LOCK_FAILURE, "cable lock did not unlock",
                ChargePointStatus.FAULTED, T0, null, null), StatusNotificationConfirmation.INSTANCE);
        assertThat(station.connector(1).lock().locked()).isTrue();

        station.lockStuck(1, false); // a second attempt, as the help desk would send, succeeds and clears the fault
        assertThat(backend.receive(new UnlockConnectorRequest(1)).status()).isEqualTo(UnlockStatus.UNLOCKED);
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void unlockOfAnUnknownConnectorIsNotSupported() { // OCA TC_031
        assertThat(backend.receive(new UnlockConnectorRequest(2)).status()).isEqualTo(UnlockStatus.NOT_SUPPORTED);
        assertThat(backend.receive(new UnlockConnectorRequest(0)).status()).isEqualTo(UnlockStatus.NOT_SUPPORTED);
        assertThat(station.commands).as("no lock moved").isEmpty();
        assertThat(backend.quiet()).isTrue();
    }
}
