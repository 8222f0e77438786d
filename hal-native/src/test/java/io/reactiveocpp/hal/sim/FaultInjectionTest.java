package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.IdTokenReader.IdTokenPresented;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultInjectionTest {

    @Test
    void raisedAndClearedFaultsAppearOnFaults() {
        try (SimHarness sim = new SimHarness()) {
            sim.station.raiseFault(1, FaultCode.HIGH_TEMPERATURE, "cable at 90 °C");
            sim.station.clearFault(1, FaultCode.HIGH_TEMPERATURE);
            sim.station.clearFault(1, FaultCode.HIGH_TEMPERATURE); // not active: nothing
            assertThat(sim.faults).containsExactly(
                    new Fault(1, FaultCode.HIGH_TEMPERATURE, "cable at 90 °C", null, true),
                    new Fault(1, FaultCode.HIGH_TEMPERATURE, "cable at 90 °C", null, false));
        }
    }

    @Test
    void aUsbFaultIsMarkedAsSuchWhenRaisedAndCleared() {
        try (SimHarness sim = new SimHarness()) {
            sim.station.raiseFault(0, FaultCode.READER_FAILURE, "USB reader gone", true);
            sim.station.clearFault(0, FaultCode.READER_FAILURE);
            sim.station.raiseFault(1, FaultCode.HIGH_TEMPERATURE, null, false);
            assertThat(sim.faults).containsExactly(
                    new Fault(0, FaultCode.READER_FAILURE, "USB reader gone", null, true, true),
                    new Fault(0, FaultCode.READER_FAILURE, "USB reader gone", null, false, true),
                    new Fault(1, FaultCode.HIGH_TEMPERATURE, null, null, true));
            assertThat(sim.faults.get(2).usb()).isFalse();
        }
    }

    @Test
    void aNewSubscriberGetsTheActiveFaultsFirst() {
        try (SimHarness sim = new SimHarness()) {
            sim.station.raiseFault(0, FaultCode.OVER_VOLTAGE, null);
            sim.station.raiseFault(2, FaultCode.EV_COMMUNICATION_ERROR, "no diode");
            sim.station.clearFault(0, FaultCode.OVER_VOLTAGE);
            List<Fault> late = new ArrayList<>();
            sim.station.faults().subscribe(late::add);
            assertThat(late).containsExactly(new Fault(2, FaultCode.EV_COMMUNICATION_ERROR, "no diode", null, true));
            sim.station.raiseFault(1, FaultCode.OTHER_ERROR, null);
            assertThat(late).hasSize(2);
        }
    }

    @Test
    void groundFailureCutsTheSupplyUntilCleared() {
        try (SimHarness sim = new SimHarness()) {
            sim.startCharging(16);
            sim.station.raiseFault(1, FaultCode.GROUND_FAILURE, "RCD tripped");
            assertThat(sim.latest().powerW()).isZero();
            assertThat(sim.faults).extracting(Fault::code).containsExactly(FaultCode.GROUND_FAILURE);
            sim.station.clearFault(1, FaultCode.GROUND_FAILURE);
            assertThat(sim.latest().currentA().l1()).isEqualTo(16.0);
        }
    }

    @Test
    void aStationWideGroundFailureCutsEveryConnector() {
        try (SimHarness sim = new SimHarness()) {
            sim.startCharging(16);
            sim.station.raiseFault(0, FaultCode.GROUND_FAILURE, null);
            assertThat(sim.latest().powerW()).isZero();
        }
    }

    @Test
    void aMeterFailureFreezesTheReadingsUntilCleared() {
        try (SimHarness sim = new SimHarness()) {
            sim.startCharging(16);
            sim.advance(Duration.ofSeconds(10));
            sim.station.raiseFault(1, FaultCode.POWER_METER_FAILURE, "Modbus timeout");
            int published = sim.readings.size();
            double frozenWh = sim.latest().energyImportWh();
            sim.advance(Duration.ofMinutes(1));
            assertThat(sim.readings).hasSize(published);
            assertThat(sim.faults).extracting(Fault::code, Fault::active)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(FaultCode.POWER_METER_FAILURE, true));

            sim.station.clearFault(1, FaultCode.POWER_METER_FAILURE);
            sim.advance(Duration.ofSeconds(1));
            assertThat(sim.readings).hasSizeGreaterThan(published);
            assertThat(sim.latest().energyImportWh()).as("the meter kept counting").isGreaterThan(frozenWh + 150);
        }
    }

    @Test
    void aReaderFailureSilencesTheReader() {
        try (SimHarness sim = new SimHarness()) {
            List<IdTokenPresented> cards = new ArrayList<>();
            sim.station.idTokenReader().presented().subscribe(cards::add);
            sim.station.raiseFault(0, FaultCode.READER_FAILURE, null);
            sim.station.presentCard("LOST");
            sim.station.clearFault(0, FaultCode.READER_FAILURE);
            sim.station.presentCard("SEEN");
            assertThat(cards).extracting(IdTokenPresented::idTag).containsExactly("SEEN");
        }
    }

    @Test
    void controlCallsRejectAnUnknownConnector() {
        try (SimHarness sim = new SimHarness()) {
            assertThatThrownBy(() -> sim.station.raiseFault(3, FaultCode.OTHER_ERROR, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 to 2");
            assertThatThrownBy(() -> sim.station.plug(0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 2");
        }
    }
}
