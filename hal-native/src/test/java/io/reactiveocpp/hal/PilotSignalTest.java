package io.reactiveocpp.hal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The pilot signals and duty cycles of IEC 61851-1 Annex A. */
class PilotSignalTest {

    @ParameterizedTest(name = "{0} A offered at {1} %")
    @CsvSource({"6, 10", "16, 26.6667", "32, 53.3333", "51, 85", "63, 89.2", "80, 96"})
    void theEvseProvidesAmpsOverPointSixUpTo51AndAmpsOver2Point5Plus64Above(double amps, double dutyCycle) {
        assertThat(PilotSignal.current(amps).dutyCycle()).isCloseTo(dutyCycle, within(1e-4));
        assertThat(ControlPilot.amps(dutyCycle)).isCloseTo(amps, within(1e-3));
    }

    @Test
    void theOtherSignalsHaveTheirFixedDutyCycles() {
        assertThat(PilotSignal.STANDBY.dutyCycle()).isEqualTo(100.0);
        assertThat(PilotSignal.DIGITAL_COMMUNICATION.dutyCycle()).isEqualTo(5.0);
        assertThat(PilotSignal.UNAVAILABLE.dutyCycle()).as("state F: a constant -12 V").isZero();
        assertThat(PilotSignal.DIGITAL_COMMUNICATION.oscillating()).isTrue();
        assertThat(PilotSignal.UNAVAILABLE.oscillating()).isFalse();
        assertThat(PilotSignal.STANDBY.oscillating()).isFalse();
    }

    @Test
    void anOfferIsRaisedTo6AmpsCappedAt80AndZeroIsStandby() {
        assertThat(PilotSignal.current(0)).isEqualTo(PilotSignal.STANDBY);
        assertThat(PilotSignal.current(3)).isEqualTo(new PilotSignal(PilotSignal.Mode.CURRENT, 6));
        assertThat(PilotSignal.current(100).amps()).isEqualTo(80.0);
        for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> PilotSignal.current(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aSignalCannotBeBuiltInvalid() {
        assertThatThrownBy(() -> new PilotSignal(PilotSignal.Mode.CURRENT, 5))
                .hasMessageContaining("amps must be 6.0 to 80.0 for CURRENT");
        assertThatThrownBy(() -> new PilotSignal(PilotSignal.Mode.DIGITAL_COMMUNICATION, 16))
                .hasMessageContaining("0 otherwise");
        assertThatThrownBy(() -> new PilotSignal(null, 0)).hasMessage("mode is required");
    }

    @ParameterizedTest(name = "{0} % lets the EV draw {1} A")
    @CsvSource({"0, 0", "2.9, 0", "5, 0", "7.5, 0", "8, 6", "9.9, 6", "10, 6", "85, 51", "85.2, 53", "96, 80",
            "96.5, 80", "97, 80", "97.5, 0", "100, 0"})
    void theEvReadsTheDutyCycleAsTheStandardsTableSays(double dutyCycle, double amps) {
        assertThat(ControlPilot.amps(dutyCycle)).isCloseTo(amps, within(1e-9));
    }

    @Test
    void threeToSevenPercentAskForDigitalCommunication() {
        assertThat(ControlPilot.requestsDigitalCommunication(2.9)).isFalse();
        assertThat(ControlPilot.requestsDigitalCommunication(3)).isTrue();
        assertThat(ControlPilot.requestsDigitalCommunication(PilotSignal.DIGITAL_COMMUNICATION.dutyCycle())).isTrue();
        assertThat(ControlPilot.requestsDigitalCommunication(7)).isTrue();
        assertThat(ControlPilot.requestsDigitalCommunication(7.1)).isFalse();
        assertThat(ControlPilot.amps(Double.NaN)).isZero();
    }

    @Test
    void everyCurrentFrom6To80AmpsSurvivesTheRoundTripThroughTheDutyCycleSaveWhereTheFormulasOverlap() {
        for (int deciAmps = 60; deciAmps <= 800; deciAmps++) {
            double amps = deciAmps / 10.0;
            double read = ControlPilot.amps(ControlPilot.dutyCycle(amps));
            if (amps > 51 && amps <= 52.5) {
                // A / 2.5 + 64 is 84.4 to 85 % here, which the EV reads as d x 0.6: a little less, never more
                assertThat(read).as("%s A", amps).isBetween(50.66, 51.0);
            } else {
                assertThat(read).as("%s A", amps).isCloseTo(amps, within(1e-9));
            }
        }
    }

    @Test
    void aPilotThatOnlyOffersCurrentServesStandbyAndCurrentAndRefusesTheRest() {
        List<Double> offers = new ArrayList<>();
        ControlPilot offerOnly = new ControlPilot() {
            private double offered;

            @Override
            public Flux<PilotState> states() {
                return Flux.never();
            }

            @Override
            public Mono<Void> offer(double amps) {
                return Mono.fromRunnable(() -> {
                    offers.add(amps);
                    offered = amps;
                });
            }

            @Override
            public double offered() {
                return offered;
            }
        };
        StepVerifier.create(offerOnly.generate(PilotSignal.current(16))).verifyComplete();
        assertThat(offerOnly.signal()).isEqualTo(PilotSignal.current(16));
        StepVerifier.create(offerOnly.generate(PilotSignal.STANDBY)).verifyComplete();
        assertThat(offers).containsExactly(16.0, 0.0);
        StepVerifier.create(offerOnly.generate(PilotSignal.UNAVAILABLE)).verifyError(HardwareException.class);
        StepVerifier.create(offerOnly.generate(PilotSignal.DIGITAL_COMMUNICATION)).verifyError(HardwareException.class);
    }
}
