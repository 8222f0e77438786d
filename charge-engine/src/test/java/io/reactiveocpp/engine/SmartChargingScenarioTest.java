package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.MeterValuesConfirmation;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.core.RemoteStartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.RemoteStartTransactionRequest;
import io.reactiveocpp.codec.message.core.RemoteStopTransactionRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StatusNotificationConfirmation;
import io.reactiveocpp.codec.message.core.StatusNotificationRequest;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.message.core.StopTransactionConfirmation;
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
import io.reactiveocpp.codec.type.Measurand;
import io.reactiveocpp.codec.type.Phase;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.codec.type.RemoteStartStopStatus;
import io.reactiveocpp.codec.type.SampledValue;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.MemoryEngineStore;
import io.reactiveocpp.engine.testing.RecordingClient;
import io.reactiveocpp.hal.sim.EvProfile;
import io.reactiveocpp.hal.sim.SimulatedStation;
import io.reactiveocpp.hal.sim.SimulatorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Smart Charging end to end in virtual time, named after the OCA compliance test cases for the Smart Charging
 * profile (OCTT 1.6): the backend's messages in, the pilot's offer, and the simulated EV's current in the
 * MeterValues out, at the instants the profiles say.
 */
class SmartChargingScenarioTest {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final IdTagInfo ACCEPTED = new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED);
    /** An EV whose charger could take the station's whole 32 A. */
    private static final EvProfile BIG_EV = new EvProfile(100, 20, 32, 100);

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final RecordingClient backend = new RecordingClient();
    private final MemoryEngineStore store = new MemoryEngineStore();
    private final Configuration config = new Configuration(new KeyCatalogue(2), store);
    private final List<Sample> samplesSent = new ArrayList<>();
    private SimulatedStation station;
    private ChargePoint chargePoint;

    @AfterEach
    void tearDown() {
        station.dispose();
        time.dispose();
    }

    /** A sample of one connector: when, the EV's current on L1 and the offered current. */
    private record Sample(int connectorId, Instant at, double importedA, double offeredA) {
    }

    @Test
    void tc056_aTxDefaultProfileLimitsTheNextTransactionAndTheEvFollowsEachPeriod() {
        booted();
        assertThat(set(0, profile(1, 0, ChargingProfilePurposeType.TX_DEFAULT_PROFILE, ChargingProfileKindType.RELATIVE,
                null, null, ChargingRateUnitType.A, period(0, 10), period(300, 20))))
                .isEqualTo(ChargingProfileStatus.ACCEPTED);
        Instant start = charging(1, 7);

        time.advanceTimeBy(Duration.ofSeconds(600));
        List<Sample> samples = samples(1);
        assertThat(samples).isNotEmpty();
        for (Sample s : samples) {
            double expected = s.at().isBefore(start.plusSeconds(300)) ? 10 : 20;
            assertThat(s.offeredA()).as("offered at %s", s.at()).isEqualTo(expected);
            if (!s.at().equals(start.plusSeconds(300))) { // at the boundary itself the EV may not have followed yet
                assertThat(s.importedA()).as("the EV's current at %s", s.at()).isEqualTo(expected);
            }
        }
        assertThat(samples).anyMatch(s -> s.at().isAfter(start.plusSeconds(300)));
        assertThat(chargePoint.chargingLimits().get(0).transactionProfile().chargingProfileId()).isEqualTo(1);
    }

    @Test
    void tc057_aTxProfileLimitsTheRunningTransactionAtOnceAndEndsWithIt() {
        booted();
        charging(1, 7);
        time.advanceTimeBy(Duration.ofSeconds(60));
        assertThat(last(samples(1)).importedA()).as("unlimited, the EV takes 32 A").isEqualTo(32);

        assertThat(set(1, txProfile(2, 99, period(0, 8)))).as("another transaction's id")
                .isEqualTo(ChargingProfileStatus.REJECTED);
        assertThat(set(1, txProfile(2, 7, period(0, 8)))).isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(chargePoint.connectors().facts(1).offered()).as("at once").isEqualTo(8);
        time.advanceTimeBy(Duration.ofSeconds(60));
        assertThat(last(samples(1)).importedA()).isEqualTo(8);

        stop(7);
        GetCompositeScheduleConfirmation composite = backend.receive(new GetCompositeScheduleRequest(1, 3600, null));
        assertThat(composite.chargingSchedule()).as("the TxProfile ended with its transaction").isNull();
    }

    @Test
    void tc058_aTxProfileWithoutATransactionIsRejected() {
        booted();
        assertThat(set(1, txProfile(3, null, period(0, 8)))).isEqualTo(ChargingProfileStatus.REJECTED);
        assertThat(set(0, txProfile(3, null, period(0, 8)))).as("and never on connector 0")
                .isEqualTo(ChargingProfileStatus.REJECTED);
    }

    @Test
    void tc059_aRemoteStartWithAChargingProfileRunsUnderIt() {
        booted();
        station.plug(1);
        time.advanceTimeBy(Duration.ofSeconds(1));
        RemoteStartTransactionConfirmation answer = backend.receive(new RemoteStartTransactionRequest(1, "TAG-1",
                txProfile(4, null, period(0, 12))));
        assertThat(answer.status()).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        backend.find(StartTransactionRequest.class).answer(new StartTransactionConfirmation(ACCEPTED, 8));
        time.advanceTimeBy(Duration.ofSeconds(120));
        assertThat(last(samples(1)).importedA()).isEqualTo(12);
        assertThat(last(samples(1)).offeredA()).isEqualTo(12);
    }

    @Test
    void tc066_theCompositeScheduleIsTheLeastOfTheStationLimitAndTheConnectorsProfileInEitherUnit() {
        booted();
        // 11,040 W on three phases at 230 V are 16 A; the TxDefaultProfile allows 20 A, then 10 A
        set(0, profile(5, 0, ChargingProfilePurposeType.CHARGE_POINT_MAX_PROFILE, ChargingProfileKindType.ABSOLUTE,
                null, T0, ChargingRateUnitType.W, period(0, 11_040)));
        set(1, profile(6, 0, ChargingProfilePurposeType.TX_DEFAULT_PROFILE, ChargingProfileKindType.ABSOLUTE,
                null, T0, ChargingRateUnitType.A, period(0, 20), period(1_800, 10)));

        GetCompositeScheduleConfirmation amps = backend.receive(new GetCompositeScheduleRequest(1, 3_600,
                ChargingRateUnitType.A));
        assertThat(amps.status()).isEqualTo(GetCompositeScheduleStatus.ACCEPTED);
        assertThat(amps.scheduleStart()).isEqualTo(T0);
        assertThat(amps.chargingSchedule().chargingRateUnit()).isEqualTo(ChargingRateUnitType.A);
        assertThat(amps.chargingSchedule().duration()).isEqualTo(3_600);
        assertThat(periods(amps)).containsExactly("0:16.0", "1800:10.0");

        GetCompositeScheduleConfirmation watts = backend.receive(new GetCompositeScheduleRequest(1, 3_600,
                ChargingRateUnitType.W));
        assertThat(periods(watts)).containsExactly("0:11040", "1800:6900");

        // connector 0, the station's total: connector 2 has no profile, so only the station's 16 A bound the sum
        GetCompositeScheduleConfirmation total = backend.receive(new GetCompositeScheduleRequest(0, 3_600,
                ChargingRateUnitType.A));
        assertThat(total.connectorId()).isZero();
        assertThat(periods(total)).containsExactly("0:16.0");

        assertThat(backend.receive(new GetCompositeScheduleRequest(3, 3_600, null)).status())
                .as("no connector 3").isEqualTo(GetCompositeScheduleStatus.REJECTED);
        assertThat(backend.receive(new GetCompositeScheduleRequest(1, 7 * 86_400, null)).status())
                .as("a week is the most").isEqualTo(GetCompositeScheduleStatus.ACCEPTED);
        assertThat(backend.receive(new GetCompositeScheduleRequest(1, Integer.MAX_VALUE, null)).status())
                .as("68 years of quarter hours are not computed").isEqualTo(GetCompositeScheduleStatus.REJECTED);
    }

    @Test
    void tc067_clearingAProfileLiftsItsLimitAndAnUnknownOneIsUnknown() {
        booted();
        set(0, profile(8, 0, ChargingProfilePurposeType.TX_DEFAULT_PROFILE, ChargingProfileKindType.RELATIVE, null,
                null, ChargingRateUnitType.A, period(0, 10)));
        charging(1, 7);
        time.advanceTimeBy(Duration.ofSeconds(60));
        assertThat(last(samples(1)).importedA()).isEqualTo(10);

        assertThat(backend.receive(new ClearChargingProfileRequest(8, null, null, null)).status())
                .isEqualTo(ClearChargingProfileStatus.ACCEPTED);
        assertThat(chargePoint.connectors().facts(1).offered()).as("at once").isEqualTo(32);
        time.advanceTimeBy(Duration.ofSeconds(60));
        assertThat(last(samples(1)).importedA()).isEqualTo(32);
        assertThat(backend.receive(new ClearChargingProfileRequest(8, null, null, null)).status())
                .isEqualTo(ClearChargingProfileStatus.UNKNOWN);
    }

    @Test
    void tc072_stackedProfilesAndALimitBelowSixAmperesSuspendTheEvUntilTheHigherLevelEnds() {
        booted();
        set(0, profile(9, 0, ChargingProfilePurposeType.TX_DEFAULT_PROFILE, ChargingProfileKindType.RELATIVE, null,
                null, ChargingRateUnitType.A, period(0, 16)));
        // stack level 1 for the first 300 s of a transaction: 4 A, which no pilot can offer
        set(0, profile(10, 1, ChargingProfilePurposeType.TX_DEFAULT_PROFILE, ChargingProfileKindType.RELATIVE, 300,
                null, ChargingRateUnitType.A, period(0, 4)));
        Instant start = charging(1, 7);
        assertThat(chargePoint.connectors().status(1)).isEqualTo(ChargePointStatus.SUSPENDED_EVSE);

        time.advanceTimeBy(Duration.between(chargePoint.clock().now(), start.plusSeconds(300)).minusMillis(1));
        assertThat(chargePoint.connectors().status(1)).as("not before the higher level ends")
                .isEqualTo(ChargePointStatus.SUSPENDED_EVSE);
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(chargePoint.connectors().status(1)).isEqualTo(ChargePointStatus.CHARGING);
        List<StatusNotificationRequest> statuses = statuses(1);
        assertThat(statuses).extracting(StatusNotificationRequest::status).endsWith(ChargePointStatus.SUSPENDED_EVSE,
                ChargePointStatus.CHARGING);
        assertThat(statuses.get(statuses.size() - 1).timestamp()).isEqualTo(start.plusSeconds(300));

        time.advanceTimeBy(Duration.ofSeconds(120));
        List<Sample> samples = samples(1);
        assertThat(samples).filteredOn(s -> s.at().isBefore(start.plusSeconds(300)))
                .allSatisfy(s -> assertThat(s.importedA()).isZero());
        assertThat(last(samples).importedA()).isEqualTo(16);
    }

    @Test
    void theStationLimitIsSharedAmongTheChargingConnectors() {
        booted();
        set(0, profile(11, 0, ChargingProfilePurposeType.CHARGE_POINT_MAX_PROFILE, ChargingProfileKindType.ABSOLUTE,
                null, T0, ChargingRateUnitType.A, period(0, 20)));
        charging(1, 7);
        charging(2, 8);
        time.advanceTimeBy(Duration.ofSeconds(60));
        assertThat(last(samples(1)).importedA()).isEqualTo(10);
        assertThat(last(samples(2)).importedA()).isEqualTo(10);

        stop(8);
        time.advanceTimeBy(Duration.ofSeconds(60));
        assertThat(last(samples(1)).importedA()).as("all of it goes to who is left").isEqualTo(20);
    }

    // ---- the frame

    private void booted() {
        station = SimulatedStation.start(SimulatorConfig.builder().connectors(2).ev(BIG_EV).build(), time);
        config.change("MeterValuesSampledData", "Current.Import,Current.Offered");
        config.change("MeterValueSampleInterval", "30");
        chargePoint = new ChargePoint(backend, station, config, store, time,
                new StationIdentity("ACME", "Wallbox", null, null, null, null, null, null, null));
        chargePoint.start();
        backend.connected(true);
        backend.next(BootNotificationRequest.class)
                .answer(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED, T0, 86_400));
        time.advanceTime();
    }

    /** Plugs an EV into {@code connector}, starts a transaction remotely; returns when it started. */
    private Instant charging(int connector, int transactionId) {
        station.plug(connector);
        time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(backend.receive(new RemoteStartTransactionRequest(connector, "TAG-" + connector, null)).status())
                .isEqualTo(RemoteStartStopStatus.ACCEPTED);
        var start = backend.find(StartTransactionRequest.class);
        start.answer(new StartTransactionConfirmation(ACCEPTED, transactionId));
        time.advanceTimeBy(Duration.ofSeconds(1));
        return start.<StartTransactionRequest>request().timestamp();
    }

    private void stop(int transactionId) {
        backend.receive(new RemoteStopTransactionRequest(transactionId));
        time.advanceTimeBy(Duration.ofSeconds(1));
        backend.find(StopTransactionRequest.class).answer(new StopTransactionConfirmation(null));
    }

    private ChargingProfileStatus set(int connector, ChargingProfile profile) {
        return backend.receive(new SetChargingProfileRequest(connector, profile)).status();
    }

    /** The samples of {@code connector} in every MeterValues sent so far (which are answered). */
    private List<Sample> samples(int connector) {
        for (var sent : backend.takeAll(MeterValuesRequest.class)) {
            sent.answer(MeterValuesConfirmation.INSTANCE);
            MeterValuesRequest values = sent.request();
            for (var value : values.meterValue()) {
                Double imported = null;
                Double offered = null;
                for (SampledValue v : value.sampledValue()) {
                    if (v.measurand() == Measurand.CURRENT_IMPORT && v.phase() == Phase.L1) {
                        imported = Double.parseDouble(v.value());
                    } else if (v.measurand() == Measurand.CURRENT_OFFERED) {
                        offered = Double.parseDouble(v.value());
                    }
                }
                if (imported != null && offered != null) {
                    samplesSent.add(new Sample(values.connectorId(), value.timestamp(), imported, offered));
                }
            }
        }
        return samplesSent.stream().filter(s -> s.connectorId() == connector).toList();
    }

    private List<StatusNotificationRequest> statuses(int connector) {
        List<StatusNotificationRequest> statuses = new ArrayList<>();
        for (var sent : backend.takeAll(StatusNotificationRequest.class)) {
            sent.answer(StatusNotificationConfirmation.INSTANCE);
            StatusNotificationRequest status = sent.request();
            if (status.connectorId() == connector) {
                statuses.add(status);
            }
        }
        return statuses;
    }

    private static Sample last(List<Sample> samples) {
        assertThat(samples).as("MeterValues with Current.Import and Current.Offered").isNotEmpty();
        return samples.get(samples.size() - 1);
    }

    private static List<String> periods(GetCompositeScheduleConfirmation composite) {
        return composite.chargingSchedule().chargingSchedulePeriod().stream()
                .map(p -> p.startPeriod() + ":" + p.limit().toPlainString()).toList();
    }

    private static ChargingSchedulePeriod period(int start, double limit) {
        return new ChargingSchedulePeriod(start, BigDecimal.valueOf(limit), null);
    }

    private static ChargingProfile txProfile(int id, Integer transactionId, ChargingSchedulePeriod... periods) {
        return new ChargingProfile(id, transactionId, 0, ChargingProfilePurposeType.TX_PROFILE,
                ChargingProfileKindType.RELATIVE, null, null, null,
                new ChargingSchedule(null, null, ChargingRateUnitType.A, List.of(periods), null));
    }

    private static ChargingProfile profile(int id, int stackLevel, ChargingProfilePurposeType purpose,
                                           ChargingProfileKindType kind, Integer duration, Instant start,
                                           ChargingRateUnitType unit, ChargingSchedulePeriod... periods) {
        return new ChargingProfile(id, null, stackLevel, purpose, kind, null, null, null,
                new ChargingSchedule(duration, start, unit, List.of(periods), null));
    }
}
