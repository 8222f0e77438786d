package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.PilotSignal;
import io.reactiveocpp.hal.PilotState;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.reactiveocpp.hal.sim.SimHarness.completes;
import static org.assertj.core.api.Assertions.assertThat;

/** The simulated EV knows PWM only: the signals that offer no current by PWM stop it drawing. */
class PilotSignalsTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void digitalCommunicationStopsAPwmOnlyEvUntilCurrentIsOfferedAgain() {
        try (SimHarness sim = new SimHarness()) {
            sim.startCharging(16);
            sim.advance(SECOND);
            assertThat(sim.latest().currentA().l1()).isEqualTo(16.0);

            completes(sim.connector().pilot().generate(PilotSignal.DIGITAL_COMMUNICATION));
            assertThat(sim.latest().powerW()).isZero();
            assertThat(sim.connector().pilot().signal()).isEqualTo(PilotSignal.DIGITAL_COMMUNICATION);
            assertThat(sim.connector().pilot().offered()).isZero();

            completes(sim.connector().pilot().generate(PilotSignal.current(16)));
            assertThat(sim.latest().currentA().l1()).isEqualTo(16.0);
            assertThat(sim.connector().pilot().signal()).isEqualTo(PilotSignal.current(16));
        }
    }

    @Test
    void stateFStopsTheEvWhileTheSimulatorStillShowsItsState() {
        try (SimHarness sim = new SimHarness()) {
            sim.startCharging(16);
            completes(sim.connector().pilot().generate(PilotSignal.UNAVAILABLE));
            sim.advance(SECOND);
            assertThat(sim.latest().powerW()).isZero();
            assertThat(sim.connector().pilot().signal()).isEqualTo(PilotSignal.UNAVAILABLE);
            assertThat(sim.state()).isEqualTo(PilotState.C);
        }
    }
}
