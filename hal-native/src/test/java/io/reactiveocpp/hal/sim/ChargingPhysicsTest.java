package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.MeterReading;
import io.reactiveocpp.hal.PilotState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.reactiveocpp.hal.sim.SimHarness.completes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChargingPhysicsTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void plugMovesThePilotToBAndTheReadyEvToCAtTheNextTick() {
        try (SimHarness sim = new SimHarness()) {
            assertThat(sim.states).containsExactly(PilotState.A);
            sim.station.plug(1);
            assertThat(sim.states).containsExactly(PilotState.A, PilotState.B);
            sim.advance(SECOND);
            assertThat(sim.states).containsExactly(PilotState.A, PilotState.B, PilotState.C);
        }
    }

    @Test
    void evDrawsNothingUntilTheContactorClosesAndCurrentIsOffered() {
        try (SimHarness sim = new SimHarness()) {
            sim.station.plug(1);
            sim.advance(SECOND);
            completes(sim.connector().relay().close());
            sim.advance(SECOND);
            assertThat(sim.latest().powerW()).as("closed but nothing offered").isZero();
            completes(sim.connector().relay().open());
            completes(sim.connector().pilot().offer(16));
            sim.advance(SECOND);
            assertThat(sim.latest().powerW()).as("offered but open").isZero();
            completes(sim.connector().relay().close());
            assertThat(sim.latest().currentA().l1()).isEqualTo(16.0);
            assertThat(sim.latest().powerW()).isGreaterThan(3 * 225 * 16);
        }
    }

    @Test
    void currentObeysThePwmLimitPerPhase() {
        var ev = EvProfile.DEFAULT.withMaxCurrentA(40);
        try (SimHarness sim = new SimHarness(SimulatorConfig.builder().ev(ev).build())) {
            sim.startCharging(10);
            sim.advance(SECOND);
            assertPhases(sim.latest(), 10.0);
            completes(sim.connector().pilot().offer(0));
            assertPhases(sim.latest(), 0.0);
            assertThat(sim.latest().powerW()).isZero();
            assertThat(sim.state()).as("the EV still asks, the station pauses it").isEqualTo(PilotState.C);
            completes(sim.connector().pilot().offer(3));
            assertPhases(sim.latest(), 6.0); // the smallest PWM offer, IEC 61851-1 table A.8
            completes(sim.connector().pilot().offer(60));
            assertThat(sim.connector().pilot().offered()).as("capped to the 32 A rating").isEqualTo(32.0);
            assertPhases(sim.latest(), 32.0);
        }
    }

    @Test
    void currentIsTheEvsLimitWhenMoreIsOffered() {
        try (SimHarness sim = new SimHarness()) {
            sim.startCharging(32);
            sim.advance(SECOND);
            assertPhases(sim.latest(), EvProfile.DEFAULT_MAX_CURRENT_A);
        }
    }

    @Test
    void powerIsTheSumOfVoltageTimesCurrentAndVoltageVariesNearNominal() {
        try (SimHarness sim = new SimHarness()) {
            sim.startCharging(16);
            sim.advance(Duration.ofSeconds(30));
            List<MeterReading> charging = sim.readings.subList(sim.readings.size() - 30, sim.readings.size());
            for (MeterReading r : charging) {
                var v = r.voltageV();
                var i = r.currentA();
                assertThat(r.powerW()).isCloseTo(v.l1() * i.l1() + v.l2() * i.l2() + v.l3() * i.l3(), within(1e-9));
                assertThat(List.of(v.l1(), v.l2(), v.l3())).allSatisfy(x -> assertThat(x).isBetween(227.7, 232.3));
            }
            assertThat(charging.stream().map(r -> r.voltageV().l1()).distinct().count()).isGreaterThan(5);
        }
    }

    @Test
    void energyEqualsTheIntegralOfPowerOverASession() {
        try (SimHarness sim = new SimHarness()) {
            sim.startCharging(16);
            sim.advance(Duration.ofMinutes(10).plusMillis(500));
            completes(sim.connector().pilot().offer(8)); // between two ticks
            sim.advance(Duration.ofMinutes(10));
            sim.station.evSuspend(1);
            sim.advance(Duration.ofMinutes(5).plusMillis(250));
            sim.station.evResume(1);
            sim.advance(Duration.ofMinutes(15));
            sim.station.unplug(1);
            sim.advance(Duration.ofMinutes(5));

            double integralWh = 0;
            for (int k = 1; k < sim.readings.size(); k++) {
                MeterReading before = sim.readings.get(k - 1);
                MeterReading after = sim.readings.get(k);
                assertThat(after.energyImportWh()).isGreaterThanOrEqualTo(before.energyImportWh());
                integralWh += before.powerW() * Duration.between(before.timestamp(), after.timestamp()).toNanos() / 3.6e12;
            }
            double registerWh = sim.latest().energyImportWh() - sim.readings.get(0).energyImportWh();
            assertThat(registerWh).isCloseTo(integralWh, within(1e-6));
            // 10 min at 3 × 16 A and 25 min at 3 × 8 A, about 230 V
            assertThat(registerWh).isCloseTo(230 * 3 * (16 * 10 + 8 * 25) / 60.0, within(40.0));
        }
    }

    @Test
    void aSinglePhaseConnectorReportsOnePhase() {
        try (SimHarness sim = new SimHarness(SimulatorConfig.builder().phases(1).build())) {
            sim.startCharging(16);
            sim.advance(SECOND);
            MeterReading r = sim.latest();
            assertThat(r.currentA().l1()).isEqualTo(16.0);
            assertThat(r.currentA().l2()).isNaN();
            assertThat(r.voltageV().l3()).isNaN();
            assertThat(r.powerW()).isCloseTo(r.voltageV().l1() * 16.0, within(1e-9));
        }
    }

    @Test
    void theSameSeedGivesTheSameReadings() {
        List<MeterReading> first = session(7);
        assertThat(session(7)).isEqualTo(first);
        assertThat(session(8)).isNotEqualTo(first);
    }

    private static List<MeterReading> session(long seed) {
        try (SimHarness sim = new SimHarness(SimulatorConfig.builder().seed(seed).build())) {
            sim.startCharging(16);
            sim.advance(Duration.ofMinutes(1));
            return List.copyOf(sim.readings);
        }
    }

    private static void assertPhases(MeterReading reading, double amps) {
        assertThat(List.of(reading.currentA().l1(), reading.currentA().l2(), reading.currentA().l3()))
                .containsOnly(amps);
    }
}
