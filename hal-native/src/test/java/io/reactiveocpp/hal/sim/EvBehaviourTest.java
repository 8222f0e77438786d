package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.MeterReading;
import io.reactiveocpp.hal.PilotState;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class EvBehaviourTest {

    @Test
    void evSuspendMovesThePilotToBAndStopsTheCurrentUntilEvResume() {
        try (SimHarness sim = new SimHarness()) {
            sim.startCharging(16);
            sim.advance(Duration.ofSeconds(5));
            sim.station.evSuspend(1);
            assertThat(sim.state()).isEqualTo(PilotState.B);
            assertThat(sim.latest().powerW()).isZero();
            double suspendedAt = sim.latest().energyImportWh();
            sim.advance(Duration.ofMinutes(1));
            assertThat(sim.latest().energyImportWh()).isEqualTo(suspendedAt);

            sim.station.evResume(1);
            assertThat(sim.state()).isEqualTo(PilotState.C);
            assertThat(sim.latest().currentA().l1()).isEqualTo(16.0);
            sim.advance(Duration.ofMinutes(1));
            assertThat(sim.latest().energyImportWh()).isGreaterThan(suspendedAt + 150);
        }
    }

    @Test
    void stateOfChargeRisesWithTheDeliveredEnergy() {
        var config = SimulatorConfig.builder().batteryCapacityKWh(20).startSocPercent(20).build();
        try (SimHarness sim = new SimHarness(config)) {
            sim.startCharging(16);
            double start = sim.latest().energyImportWh();
            assertThat(sim.latest().stateOfCharge()).isEqualTo(20);
            sim.advance(Duration.ofMinutes(30));
            double deliveredWh = sim.latest().energyImportWh() - start;
            assertThat(deliveredWh).isGreaterThan(5000);
            assertThat(sim.latest().stateOfCharge()).isEqualTo((int) (20 + deliveredWh / 20_000 * 100));
        }
    }

    @Test
    void evTapersNearFullAndSuspendsAtOneHundredPercent() {
        var config = SimulatorConfig.builder().batteryCapacityKWh(4).startSocPercent(70).build();
        try (SimHarness sim = new SimHarness(config)) {
            sim.startCharging(32);
            sim.advance(Duration.ofHours(2));

            assertThat(sim.readings).anySatisfy(r -> assertThat(r.currentA().l1()).isStrictlyBetween(1.6, 16.0));
            MeterReading last = sim.latest();
            assertThat(last.stateOfCharge()).isEqualTo(100);
            assertThat(last.powerW()).isZero();
            assertThat(sim.state()).as("SuspendedEV").isEqualTo(PilotState.B);
            assertThat(sim.connector().relay().closed()).as("the station did nothing").isTrue();

            sim.station.evResume(1);
            assertThat(sim.state()).as("a full battery asks for nothing").isEqualTo(PilotState.B);
        }
    }

    @Test
    void theStateOfChargeStopsAtOneHundredPercentEvenWithoutTaperingOnACoarseTick() {
        var ev = new EvProfile(4, 90, 16, 100);
        var config = SimulatorConfig.builder().ev(ev).tick(Duration.ofMinutes(1)).build();
        try (SimHarness sim = new SimHarness(config)) {
            sim.station.plug(1);
            sim.advance(Duration.ofMinutes(1));
            SimHarness.completes(sim.connector().pilot().offer(16));
            SimHarness.completes(sim.connector().relay().close());
            sim.advance(Duration.ofMinutes(10)); // 11 kW for a minute is 4.6 % of this battery
            assertThat(sim.latest().stateOfCharge()).isEqualTo(100);
            assertThat(sim.state()).isEqualTo(PilotState.B);
        }
    }

    @Test
    void unplugEndsInAAndTheNextPlugBringsAFreshEv() {
        try (SimHarness sim = new SimHarness()) {
            sim.startCharging(16);
            sim.advance(Duration.ofMinutes(30));
            assertThat(sim.latest().stateOfCharge()).isGreaterThan(25);
            sim.station.unplug(1);
            assertThat(sim.state()).isEqualTo(PilotState.A);
            assertThat(sim.latest().powerW()).isZero();
            sim.advance(Duration.ofSeconds(1));
            assertThat(sim.latest().stateOfCharge()).isNull();

            sim.station.plug(1, EvProfile.DEFAULT.withStartSocPercent(55));
            sim.advance(Duration.ofSeconds(1));
            assertThat(sim.latest().stateOfCharge()).isEqualTo(55);
        }
    }

    @Test
    void connectorsAreIndependent() {
        try (SimHarness sim = new SimHarness()) {
            sim.startCharging(16);
            sim.advance(Duration.ofMinutes(1));
            var second = sim.station.connector(2);
            assertThat(second.pilot().states().blockFirst()).isEqualTo(PilotState.A);
            assertThat(second.meter().readings().blockFirst().energyImportWh()).isZero();
        }
    }
}
