package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.AuthorizeConfirmation;
import io.reactiveocpp.codec.message.core.AuthorizeRequest;
import io.reactiveocpp.codec.message.core.RemoteStartTransactionRequest;
import io.reactiveocpp.codec.message.core.RemoteStopTransactionRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StopTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.message.smartcharging.ClearChargingProfileRequest;
import io.reactiveocpp.codec.message.smartcharging.GetCompositeScheduleConfirmation;
import io.reactiveocpp.codec.message.smartcharging.GetCompositeScheduleRequest;
import io.reactiveocpp.codec.message.smartcharging.SetChargingProfileRequest;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.ChargingProfile;
import io.reactiveocpp.codec.type.ChargingProfileKindType;
import io.reactiveocpp.codec.type.ChargingProfilePurposeType;
import io.reactiveocpp.codec.type.ChargingProfileStatus;
import io.reactiveocpp.codec.type.ChargingRateUnitType;
import io.reactiveocpp.codec.type.ChargingSchedule;
import io.reactiveocpp.codec.type.ChargingSchedulePeriod;
import io.reactiveocpp.codec.type.ClearChargingProfileStatus;
import io.reactiveocpp.codec.type.GetCompositeScheduleStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.type.RemoteStartStopStatus;
import io.reactiveocpp.engine.smartcharging.InstalledProfile;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.hal.PilotState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static io.reactiveocpp.codec.type.ChargingProfilePurposeType.TX_DEFAULT_PROFILE;
import static io.reactiveocpp.codec.type.ChargingProfilePurposeType.TX_PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

/** SetChargingProfile, ClearChargingProfile, GetCompositeSchedule and RemoteStartTransaction with a TxProfile. */
class SmartChargingTest extends EngineScenario {

    private static ChargingProfile profile(int id, ChargingProfilePurposeType purpose, Integer transactionId) {
        return new ChargingProfile(id, transactionId, 1, purpose, ChargingProfileKindType.RELATIVE, null, null, null,
                new ChargingSchedule(null, null, ChargingRateUnitType.A,
                        List.of(new ChargingSchedulePeriod(0, new BigDecimal("10"), null)), null));
    }

    private ChargingProfileStatus set(int connectorId, ChargingProfile profile) {
        return backend.receive(new SetChargingProfileRequest(connectorId, profile)).status();
    }

    private ClearChargingProfileStatus clear(Integer id, Integer connectorId) {
        return backend.receive(new ClearChargingProfileRequest(id, connectorId, null, null)).status();
    }

    private RemoteStartStopStatus remoteStart(ChargingProfile profile) {
        return backend.receive(new RemoteStartTransactionRequest(1, "REMOTE-1", profile)).status();
    }

    @Test
    void setChargingProfileIsAcceptedWithinTheRulesAndRejectedOutsideThem() {
        ChargePoint chargePoint = bootedAtT0();
        assertThat(set(0, profile(1, TX_DEFAULT_PROFILE, null))).isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(set(2, profile(2, TX_DEFAULT_PROFILE, null))).as("no connector 2").isEqualTo(ChargingProfileStatus.REJECTED);
        assertThat(set(1, profile(3, TX_PROFILE, null))).as("no transaction").isEqualTo(ChargingProfileStatus.REJECTED);
        assertThat(chargePoint.chargingProfiles().installed()).containsExactly(
                new InstalledProfile(0, profile(1, TX_DEFAULT_PROFILE, null)));
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void aTxProfileForTheRunningTransactionIsAcceptedAndEndsWithIt() {
        ChargePoint chargePoint = bootedAtT0();
        charging(null);
        assertThat(set(1, profile(3, TX_PROFILE, 8))).as("another transaction").isEqualTo(ChargingProfileStatus.REJECTED);
        assertThat(set(1, profile(3, TX_PROFILE, 7))).isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(chargePoint.chargingProfiles().installed()).extracting(InstalledProfile::connectorId).containsExactly(1);
        stopRemotely();
        assertThat(chargePoint.chargingProfiles().installed()).isEmpty();
    }

    @Test
    void clearChargingProfileIsAcceptedWhenItRemovedOneElseUnknown() {
        ChargePoint chargePoint = bootedAtT0();
        set(1, profile(1, TX_DEFAULT_PROFILE, null));
        assertThat(clear(2, null)).isEqualTo(ClearChargingProfileStatus.UNKNOWN);
        assertThat(clear(null, 0)).isEqualTo(ClearChargingProfileStatus.UNKNOWN);
        assertThat(clear(null, 1)).isEqualTo(ClearChargingProfileStatus.ACCEPTED);
        assertThat(chargePoint.chargingProfiles().installed()).isEmpty();
        assertThat(clear(1, null)).isEqualTo(ClearChargingProfileStatus.UNKNOWN);
    }

    @Test
    void getCompositeScheduleOfAConnectorTheStationLacksIsRejected() {
        bootedAtT0();
        assertThat(backend.receive(new GetCompositeScheduleRequest(2, 3600, null))).isEqualTo(
                new GetCompositeScheduleConfirmation(GetCompositeScheduleStatus.REJECTED, null, null, null));
    }

    @Test
    void aRemoteStartsTxProfileIsInstalledAsTheTransactionBeginsAndGoesWithIt() {
        ChargePoint chargePoint = bootedAtT0();
        assertThat(remoteStart(profile(4, TX_PROFILE, null))).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        assertThat(chargePoint.chargingProfiles().installed()).as("not before the transaction").isEmpty();
        station.pilot(1, PilotState.C);
        backend.next(StartTransactionRequest.class).answer(new StartTransactionConfirmation(ACCEPTED, 7));
        assertThat(chargePoint.chargingProfiles().installed()).containsExactly(
                new InstalledProfile(1, profile(4, TX_PROFILE, null)));
        expectStatus(1, ChargePointStatus.CHARGING, T0);
        stopRemotely();
        assertThat(chargePoint.chargingProfiles().installed()).isEmpty();
    }

    @Test
    void aRemoteStartWithAnotherPurposeOrATransactionIdIsRejectedAndStartsNothing() {
        ChargePoint chargePoint = bootedAtT0();
        assertThat(remoteStart(profile(4, TX_DEFAULT_PROFILE, null))).isEqualTo(RemoteStartStopStatus.REJECTED);
        assertThat(remoteStart(profile(4, TX_PROFILE, 7))).isEqualTo(RemoteStartStopStatus.REJECTED);
        station.pilot(1, PilotState.C);
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        assertThat(backend.quiet()).as("no transaction").isTrue();
        assertThat(chargePoint.chargingProfiles().installed()).isEmpty();
    }

    @Test
    void aRemoteStartsTxProfileLapsesWithItsAuthorization() {
        ChargePoint chargePoint = bootedAtT0();
        config.change("ConnectionTimeOut", "30");
        assertThat(remoteStart(profile(4, TX_PROFILE, null))).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        time.advanceTimeBy(Duration.ofSeconds(30));
        expectStatus(1, ChargePointStatus.AVAILABLE, T0.plusSeconds(30));
        charging("TAG-1");
        assertThat(chargePoint.chargingProfiles().installed()).as("a later transaction of someone else").isEmpty();
    }

    @Test
    void aRemoteStartsTxProfileWaitsForTheAuthorizationWhenAuthorizeRemoteTxRequests() {
        ChargePoint chargePoint = bootedAtT0();
        config.change("AuthorizeRemoteTxRequests", "true");
        station.pilot(1, PilotState.C);
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        assertThat(remoteStart(profile(4, TX_PROFILE, null))).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        backend.next(AuthorizeRequest.class).answer(new AuthorizeConfirmation(new IdTagInfo(null, null,
                AuthorizationStatus.BLOCKED)));
        assertThat(backend.quiet()).as("no transaction for a blocked idTag").isTrue();
        assertThat(chargePoint.chargingProfiles().installed()).isEmpty();
        assertThat(remoteStart(profile(5, TX_PROFILE, null))).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        backend.next(AuthorizeRequest.class).answer(new AuthorizeConfirmation(ACCEPTED));
        backend.next(StartTransactionRequest.class).answer(new StartTransactionConfirmation(ACCEPTED, 7));
        assertThat(chargePoint.chargingProfiles().installed()).containsExactly(
                new InstalledProfile(1, profile(5, TX_PROFILE, null)));
    }

    /** A transaction on connector 1 (by card {@code idTag}, or remotely without profile), answered with id 7. */
    private void charging(String idTag) {
        if (idTag == null) {
            backend.receive(new RemoteStartTransactionRequest(1, "REMOTE-1", null));
        } else {
            station.card(idTag, null);
            backend.next(AuthorizeRequest.class).answer(new AuthorizeConfirmation(ACCEPTED));
        }
        answerStatus();
        station.pilot(1, PilotState.C);
        backend.next(StartTransactionRequest.class).answer(new StartTransactionConfirmation(ACCEPTED, 7));
        answerStatus();
    }

    private void stopRemotely() {
        assertThat(backend.receive(new RemoteStopTransactionRequest(7)).status()).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        backend.next(StopTransactionRequest.class).answer(new StopTransactionConfirmation(null));
    }
}
