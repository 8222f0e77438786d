package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.AuthorizeConfirmation;
import io.reactiveocpp.codec.message.core.AuthorizeRequest;
import io.reactiveocpp.codec.message.core.MeterValuesConfirmation;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.core.RemoteStartTransactionRequest;
import io.reactiveocpp.codec.message.core.RemoteStopTransactionRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StatusNotificationConfirmation;
import io.reactiveocpp.codec.message.core.StatusNotificationRequest;
import io.reactiveocpp.codec.message.core.StopTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.message.core.UnlockConnectorRequest;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.ChargePointErrorCode;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.type.Location;
import io.reactiveocpp.codec.type.Measurand;
import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.codec.type.RemoteStartStopStatus;
import io.reactiveocpp.codec.type.SampledValue;
import io.reactiveocpp.codec.type.UnitOfMeasure;
import io.reactiveocpp.codec.type.UnlockStatus;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.hal.PilotState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Core profile, sessions the driver starts and stops at the charge point (OCPP 1.6 sections 3.4, 4.1, 4.8,
 * 4.10), one test per OCA compliance case, in virtual time: every message in order, every field.
 */
class LocalStartStopTest extends EngineScenario {


    @BeforeEach
    void booted() {
        bootedAtT0();
        station.energy(1, 1_000);
    }

    /** Card {@code idTag} (authorized with {@code parent}), cable in: transaction 7 charges. */
    private void chargingBy(String idTag, String parent) {
        station.card(idTag, null);
        expect(new AuthorizeRequest(idTag), new AuthorizeConfirmation(new IdTagInfo(null, parent,
                AuthorizationStatus.ACCEPTED)));
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        station.pilot(1, PilotState.C);
        expect(new StartTransactionRequest(1, idTag, 1_000, null, T0), new StartTransactionConfirmation(ACCEPTED, 7));
        expectStatus(1, ChargePointStatus.CHARGING, T0);
    }

    private static MeterValue energy(String wh, ReadingContext context, Instant at) {
        return new MeterValue(at, List.of(new SampledValue(wh, context, null, Measurand.ENERGY_ACTIVE_IMPORT_REGISTER,
                null, Location.OUTLET, UnitOfMeasure.WH)));
    }

    @Test
    void regularChargingSessionIdentificationFirst() { // OCA TC_004_1
        Instant minuteLater = T0.plusSeconds(60);
        chargingBy("TAG-1", null);
        assertThat(station.commands).as("locked before energized")
                .containsExactly("lock 1", "relay 1 close", "offer 1 32.0");

        station.energy(1, 1_500);
        time.advanceTimeBy(Duration.ofSeconds(60)); // MeterValueSampleInterval
        expect(new MeterValuesRequest(1, 7, List.of(energy("1500", ReadingContext.SAMPLE_PERIODIC, minuteLater))),
                MeterValuesConfirmation.INSTANCE);

        station.energy(1, 2_500);
        station.card("TAG-1", null);
        expect(new StopTransactionRequest("TAG-1", 2_500, minuteLater, 7, Reason.LOCAL, null),
                new StopTransactionConfirmation(ACCEPTED));
        expectStatus(1, ChargePointStatus.FINISHING, minuteLater);
        assertThat(station.commands).as("switched off, then unlocked (section 4.10)")
                .endsWith("offer 1 0.0", "relay 1 open", "unlock 1");
        station.pilot(1, PilotState.A);
        expectStatus(1, ChargePointStatus.AVAILABLE, minuteLater);
        assertThat(backend.quiet()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = AuthorizationStatus.class, names = {"INVALID", "BLOCKED", "EXPIRED"})
    void anIdTagTheBackendDoesNotAcceptStartsNoTransaction(AuthorizationStatus answer) { // OCA TC_023_1/2/3
        config.change("MinimumStatusDuration", "10");
        config.change("LocalPreAuthorize", "true");
        station.card("TAG-X", null);
        expect(new AuthorizeRequest("TAG-X"), new AuthorizeConfirmation(new IdTagInfo(null, null, answer)));
        assertThat(backend.quiet()).as("not authorized: still Available").isTrue();

        station.pilot(1, PilotState.B);
        time.advanceTimeBy(Duration.ofSeconds(10));
        expectStatus(1, ChargePointStatus.PREPARING, T0.plusSeconds(10));
        time.advanceTimeBy(Duration.ofMinutes(5));
        assertThat(backend.quiet()).as("no StartTransaction").isTrue();
        assertThat(station.commands).isEmpty();

        station.pilot(1, PilotState.A);
        time.advanceTimeBy(Duration.ofSeconds(10));
        expectStatus(1, ChargePointStatus.AVAILABLE, T0.plusSeconds(320));
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void aCableLockThatDoesNotLockStartsNoTransactionAndGivesNoEnergy() { // OCA TC_024
        assertThat(backend.receive(new RemoteStartTransactionRequest(1, "TAG-1", null)).status())
                .isEqualTo(RemoteStartStopStatus.ACCEPTED);
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        station.lockStuck(1, true);

        station.pilot(1, PilotState.B); // plugged in halfway: the lock cannot close
        expect(new StatusNotificationRequest(1, ChargePointErrorCode.CONNECTOR_LOCK_FAILURE, "cable lock did not lock",
                ChargePointStatus.FAULTED, T0, null, null), StatusNotificationConfirmation.INSTANCE);
        time.advanceTimeBy(Duration.ofMinutes(5));
        assertThat(backend.quiet()).as("no StartTransaction").isTrue();
        assertThat(station.commands).as("no energy").containsExactly("lock 1");

        station.pilot(1, PilotState.A); // the unlock on EV side disconnect confirms: the fault clears
        expectStatus(1, ChargePointStatus.AVAILABLE, T0.plusSeconds(300));
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void withoutUnlockOnEvSideDisconnectTheCableStaysLockedUntilUnlockConnector() { // OCA TC_005_2
        config.change("UnlockConnectorOnEVSideDisconnect", "false");
        chargingBy("TAG-1", null);
        station.pilot(1, PilotState.A);
        expect(new StopTransactionRequest(null, 1_000, T0, 7, Reason.EV_DISCONNECTED, null),
                new StopTransactionConfirmation(ACCEPTED));
        expectStatus(1, ChargePointStatus.AVAILABLE, T0);
        assertThat(station.commands).endsWith("offer 1 0.0", "relay 1 open");
        assertThat(station.connector(1).lock().locked()).as("the cable stays at the charge point").isTrue();

        assertThat(backend.receive(new UnlockConnectorRequest(1)).status()).isEqualTo(UnlockStatus.UNLOCKED);
        assertThat(station.connector(1).lock().locked()).isFalse();
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void aTransactionKeptAfterEvSideDisconnectKeepsTheCableLockedUntilItStops() { // OCA TC_005_3
        config.change("StopTransactionOnEVSideDisconnect", "false");
        config.change("UnlockConnectorOnEVSideDisconnect", "false");
        config.change("MeterValueSampleInterval", "0");
        chargingBy("TAG-1", null);
        station.pilot(1, PilotState.A);
        expectStatus(1, ChargePointStatus.SUSPENDED_EV, T0);
        assertThat(station.connector(1).lock().locked()).isTrue();

        assertThat(backend.receive(new RemoteStopTransactionRequest(7)).status()).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        expect(new StopTransactionRequest(null, 1_000, T0, 7, Reason.REMOTE, null), new StopTransactionConfirmation(ACCEPTED));
        expectStatus(1, ChargePointStatus.AVAILABLE, T0);
        assertThat(station.commands).endsWith("offer 1 0.0", "relay 1 open", "unlock 1");
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void onlyTheIdTagThatStartedTheTransactionStopsItWithoutAuthorize() { // OCA TC_068
        chargingBy("TAG-1", null);
        station.card("TAG-2", null);
        // the engine asks: TAG-2 might share TAG-1's parentIdTag (ChargingFlow.idTagPresented)
        expect(new AuthorizeRequest("TAG-2"), new AuthorizeConfirmation(ACCEPTED));
        assertThat(backend.quiet()).as("TAG-2 does not stop TAG-1's transaction").isTrue();

        station.energy(1, 1_800);
        station.card("TAG-1", null);
        expect(new StopTransactionRequest("TAG-1", 1_800, T0, 7, Reason.LOCAL, null),
                new StopTransactionConfirmation(ACCEPTED));
        expectStatus(1, ChargePointStatus.FINISHING, T0);
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void anotherIdTagWithTheSameParentStopsTheTransaction() { // OCA TC_069
        chargingBy("TAG-1", "FLEET-A");
        station.card("TAG-2", null);
        expect(new AuthorizeRequest("TAG-2"), new AuthorizeConfirmation(new IdTagInfo(null, "FLEET-B",
                AuthorizationStatus.ACCEPTED)));
        assertThat(backend.quiet()).as("another parent does not stop it").isTrue();

        station.energy(1, 1_800);
        station.card("TAG-3", null);
        expect(new AuthorizeRequest("TAG-3"), new AuthorizeConfirmation(new IdTagInfo(null, "FLEET-A",
                AuthorizationStatus.ACCEPTED)));
        expect(new StopTransactionRequest("TAG-3", 1_800, T0, 7, Reason.LOCAL, null),
                new StopTransactionConfirmation(ACCEPTED));
        expectStatus(1, ChargePointStatus.FINISHING, T0);
        assertThat(backend.quiet()).isTrue();
    }
}
