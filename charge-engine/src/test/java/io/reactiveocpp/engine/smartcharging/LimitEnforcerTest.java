package io.reactiveocpp.engine.smartcharging;

import io.reactiveocpp.codec.type.ChargingProfile;
import io.reactiveocpp.codec.type.ChargingProfileKindType;
import io.reactiveocpp.codec.type.ChargingProfilePurposeType;
import io.reactiveocpp.codec.type.ChargingRateUnitType;
import io.reactiveocpp.codec.type.ChargingSchedule;
import io.reactiveocpp.codec.type.ChargingSchedulePeriod;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.connector.Connectors;
import io.reactiveocpp.engine.connector.StatusReporter;
import io.reactiveocpp.engine.hal.HardwareBridge;
import io.reactiveocpp.engine.metering.MeterReadings;
import io.reactiveocpp.engine.store.MemoryEngineStore;
import io.reactiveocpp.engine.testing.FakeStation;
import io.reactiveocpp.engine.testing.RecordingClient;
import io.reactiveocpp.hal.MeterReading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The enforcement in virtual time: when each pilot command goes out, and why. */
class LimitEnforcerTest {

    private static final Instant T0 = Instant.EPOCH; // the virtual clock's start

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final FakeStation station = new FakeStation(2);
    private final Configuration config = new Configuration(new KeyCatalogue(2), new MemoryEngineStore());
    private final Connectors connectors = new Connectors(2,
            new StatusReporter(new RecordingClient(), config, time, new EngineClock(time)));
    private final HardwareBridge bridge = new HardwareBridge(station, connectors, time, 32);
    private final MeterReadings readings = new MeterReadings(config, connectors);
    private final List<InstalledProfile> profiles = new ArrayList<>();
    private final TransactionStart[] running = new TransactionStart[3];
    private final LimitEnforcer enforcer = new LimitEnforcer(() -> profiles, id -> running[id], bridge, readings,
            time, new EngineClock(time));

    @BeforeEach
    void clockAtEpoch() {
        assertThat(new EngineClock(time).now()).isEqualTo(T0);
    }

    @AfterEach
    void tearDown() {
        enforcer.stop();
        time.dispose();
    }

    @Test
    void theOfferFollowsTheProfileAtEachPeriodBoundaryExactlyThen() {
        profiles.add(new InstalledProfile(0, profile(1, 0, ChargingProfilePurposeType.TX_DEFAULT_PROFILE, T0,
                period(0, 16), period(3_600, 8))));
        charging(1);
        enforcer.refresh();
        assertThat(station.commands).endsWith("offer 1 16.0");

        time.advanceTimeBy(Duration.ofSeconds(3_599));
        assertThat(station.commands).as("not before the boundary").endsWith("offer 1 16.0");
        time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(station.commands).as("at 3,600 s").endsWith("offer 1 8.0");
        assertThat(enforcer.limits().get(0).limitA()).isEqualTo(8.0);
        assertThat(enforcer.limits().get(0).transactionProfile())
                .isEqualTo(new ProfileRef(1, 0, ChargingProfilePurposeType.TX_DEFAULT_PROFILE));
    }

    @Test
    void belowSixAmperesChargingPausesAndResumesWhenTheLimitRises() {
        profiles.add(new InstalledProfile(1, profile(2, 0, ChargingProfilePurposeType.TX_DEFAULT_PROFILE, T0,
                period(0, 4), period(600, 10))));
        charging(1);
        enforcer.refresh();
        assertThat(station.commands).endsWith("offer 1 0.0");
        assertThat(connectors.facts(1).offered()).as("SuspendedEVSE").isZero();
        time.advanceTimeBy(Duration.ofSeconds(600));
        assertThat(station.commands).endsWith("offer 1 10.0");
        assertThat(connectors.facts(1).offered()).isEqualTo(10);
    }

    @Test
    void theStationLimitIsSharedEquallyAndAllGoesToWhoIsLeft() {
        profiles.add(new InstalledProfile(0, profile(3, 0, ChargingProfilePurposeType.CHARGE_POINT_MAX_PROFILE, T0,
                period(0, 20))));
        charging(1);
        charging(2);
        enforcer.refresh();
        assertThat(station.commands).contains("offer 1 10.0", "offer 2 10.0");
        assertThat(enforcer.limits().get(1).rule()).contains("among 2");

        running[2] = null;
        connectors.update(2, f -> f.withTransaction(false));
        enforcer.refresh();
        assertThat(station.commands).endsWith("offer 1 20.0");
    }

    @Test
    void aShareAnEvDoesNotDrawGoesToTheOther() {
        profiles.add(new InstalledProfile(0, profile(3, 0, ChargingProfilePurposeType.CHARGE_POINT_MAX_PROFILE, T0,
                period(0, 32))));
        charging(1);
        charging(2);
        enforcer.refresh();
        assertThat(station.commands).contains("offer 1 16.0", "offer 2 16.0");
        // the EV on connector 2 draws only 7 A of its 16: it keeps 9 A, connector 1 gets the other 23
        readings.reading(2, drawing(7));
        assertThat(station.commands).contains("offer 2 9.0").endsWith("offer 1 23.0");
        // once it draws what it is offered, it gets its equal share back
        readings.reading(2, drawing(9));
        assertThat(station.commands).contains("offer 1 16.0").endsWith("offer 2 16.0");
    }

    @Test
    void withoutAnyProfileNothingLimitsTheOffer() {
        charging(1);
        enforcer.refresh();
        assertThat(station.commands).as("the hardware's 32 A stays; no command is needed").isEmpty();
        assertThat(enforcer.limits().get(0).limitA()).isNull();
        assertThat(bridge.offer(1)).isEqualTo(32);
    }

    @Test
    void withoutProfilesNoTimerRunsButWithOneItLooksAgainAfterTheHorizon() {
        charging(1);
        enforcer.refresh();
        // a profile appears without a refresh (as none would): no timer looks, not even a day later
        profiles.add(new InstalledProfile(0, profile(4, 0, ChargingProfilePurposeType.TX_DEFAULT_PROFILE, T0,
                period(0, 10))));
        time.advanceTimeBy(Duration.ofHours(26));
        assertThat(station.commands).isEmpty();

        enforcer.refresh();
        assertThat(station.commands).containsExactly("offer 1 10.0");
        // one period without end: the only timer is the 25-h horizon, after which it looks again
        profiles.set(0, new InstalledProfile(0, profile(4, 0, ChargingProfilePurposeType.TX_DEFAULT_PROFILE, T0,
                period(0, 12))));
        time.advanceTimeBy(Duration.ofHours(25).minusMillis(1));
        assertThat(station.commands).containsExactly("offer 1 10.0");
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(station.commands).endsWith("offer 1 12.0");
    }

    private void charging(int id) {
        running[id] = new TransactionStart(id, T0);
        connectors.update(id, f -> f.withTransaction(true).withOffered(bridge.offer(id)));
    }

    private static MeterReading drawing(double amps) {
        return new MeterReading(T0, 0, 0, amps * 230, new MeterReading.Phases(amps, amps, amps),
                new MeterReading.Phases(230, 230, 230), 50, Double.NaN, null);
    }

    private static ChargingSchedulePeriod period(int start, double amps) {
        return new ChargingSchedulePeriod(start, BigDecimal.valueOf(amps), null);
    }

    private static ChargingProfile profile(int id, int stackLevel, ChargingProfilePurposeType purpose, Instant start,
                                           ChargingSchedulePeriod... periods) {
        return new ChargingProfile(id, null, stackLevel, purpose, ChargingProfileKindType.ABSOLUTE, null, null, null,
                new ChargingSchedule(null, start, ChargingRateUnitType.A, List.of(periods), null));
    }
}
