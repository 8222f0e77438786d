package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.ChangeAvailabilityRequest;
import io.reactiveocpp.codec.message.core.RemoteStartTransactionRequest;
import io.reactiveocpp.codec.message.core.ResetRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StopTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.type.AvailabilityStatus;
import io.reactiveocpp.codec.type.AvailabilityType;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.codec.type.RemoteStartStopStatus;
import io.reactiveocpp.codec.type.ResetStatus;
import io.reactiveocpp.codec.type.ResetType;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.engine.testing.FakeStation;
import io.reactiveocpp.engine.testing.RecordingClient;
import io.reactiveocpp.hal.PilotState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Core profile, what survives a reset or a power failure (OCPP 1.6 sections 4.2, 4.10, 5.2, 5.14), one test per
 * OCA compliance case, in virtual time: the messages before the restart and those of the new process, which
 * runs on the same store with new hardware and a new link.
 */
class ResetAndPowerFailureTest extends EngineScenario {


    @BeforeEach
    void booted() {
        bootedAtT0();
        station.energy(1, 1_000);
    }

    /** The process starts again on the same store; its link comes up and its boot is accepted at {@code at}. */
    private RecordingClient restart(FakeStation hardware, Reason recoveryReason, Instant at) {
        RecordingClient after = new RecordingClient();
        new ChargePoint(after, hardware, new Configuration(new KeyCatalogue(1), store), store, time,
                new StationIdentity("ACME", "Wallbox", null, null, null, null, null, null, null)).start(recoveryReason);
        after.connected(true);
        after.next(BootNotificationRequest.class)
                .answer(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED, at, 86_400));
        return after;
    }

    @Test
    void aHardResetStopsTheTransactionWithHardResetBeforeTheReboot() { // OCA TC_015
        config.change("MeterValueSampleInterval", "0");
        backend.receive(new RemoteStartTransactionRequest(1, "TAG-1", null));
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        station.pilot(1, PilotState.C);
        expect(new StartTransactionRequest(1, "TAG-1", 1_000, null, T0), new StartTransactionConfirmation(ACCEPTED, 7));
        expectStatus(1, ChargePointStatus.CHARGING, T0);
        station.energy(1, 1_400);

        assertThat(backend.receive(new ResetRequest(ResetType.HARD)).status()).isEqualTo(ResetStatus.ACCEPTED);
        expect(new StopTransactionRequest(null, 1_400, T0, 7, Reason.HARD_RESET, null),
                new StopTransactionConfirmation(null));
        expectStatus(1, ChargePointStatus.FINISHING, T0);
        assertThat(station.commands).endsWith("offer 1 0.0", "relay 1 open", "unlock 1").doesNotContain("reboot HardReset");
        time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(station.commands).last().isEqualTo("reboot HardReset");
        assertThat(backend.quiet()).isTrue();

        FakeStation rebooted = new FakeStation(1);
        rebooted.pilot(1, PilotState.C); // the cable is still in
        Instant later = T0.plusSeconds(30);
        RecordingClient after = restart(rebooted, Reason.HARD_RESET, later);
        expectStatus(after, 0, ChargePointStatus.AVAILABLE, later);
        expectStatus(after, 1, ChargePointStatus.PREPARING, later);
        assertThat(after.quiet()).as("the transaction was closed before the reboot: no second StopTransaction").isTrue();
    }

    @Test
    void aConnectorMadeUnavailableStaysUnavailableAfterAPowerFailure() { // OCA TC_034
        assertThat(backend.receive(new ChangeAvailabilityRequest(0, AvailabilityType.INOPERATIVE)).status())
                .isEqualTo(AvailabilityStatus.ACCEPTED);
        expectStatus(1, ChargePointStatus.UNAVAILABLE, T0);
        expectStatus(0, ChargePointStatus.UNAVAILABLE, T0);
        assertThat(backend.quiet()).isTrue();

        Instant later = T0.plusSeconds(30);
        RecordingClient after = restart(new FakeStation(1), Reason.POWER_LOSS, later);
        expectStatus(after, 0, ChargePointStatus.UNAVAILABLE, later);
        expectStatus(after, 1, ChargePointStatus.UNAVAILABLE, later);
        assertThat(after.receive(new RemoteStartTransactionRequest(1, "TAG-1", null)).status())
                .isEqualTo(RemoteStartStopStatus.REJECTED);
        assertThat(after.quiet()).isTrue();
    }
}
