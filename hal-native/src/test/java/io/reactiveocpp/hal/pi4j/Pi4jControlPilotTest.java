package io.reactiveocpp.hal.pi4j;

import com.pi4j.plugin.mock.provider.pwm.MockPwm;
import com.pi4j.plugin.mock.provider.spi.MockSpi;
import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.PilotSignal;
import io.reactiveocpp.hal.PilotState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.reactiveocpp.hal.PilotState.A;
import static io.reactiveocpp.hal.PilotState.B;
import static io.reactiveocpp.hal.PilotState.C;
import static io.reactiveocpp.hal.PilotState.D;
import static io.reactiveocpp.hal.PilotState.E;
import static io.reactiveocpp.hal.PilotState.F;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The pilot on Pi4J's mock PWM and SPI. The mock SPI answers each 3-byte transfer with 3 bytes the test
 * queued and keeps the bytes the driver sent, so every read is answered with chosen ADC codes.
 */
class Pi4jControlPilotTest {

    private static final Duration POLL = Duration.ofMillis(50);

    private MockPi4j pi;
    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final List<Fault> faults = new ArrayList<>();
    private final List<PilotState> states = new ArrayList<>();
    private Pi4jControlPilot pilot;
    private MockSpi adc;
    private MockPwm pwm;

    @AfterEach
    void stop() {
        if (pilot != null) {
            pilot.dispose();
            pi.close();
        }
        time.dispose();
    }

    private void pilot(int samplesPerRead, int debounceReads, int adcChannel) {
        pilot(samplesPerRead, debounceReads, adcChannel, new MockPi4j());
    }

    private void pilot(int samplesPerRead, int debounceReads, int adcChannel, MockPi4j platform) {
        // PWM channel 0, MCP3008 on SPI bus 0 CE1
        pilot(PilotConfig.builder(1).pwm(0, false).spi(0, 1, 1_000_000).adc(adcChannel, 3.3)
                .sampling(samplesPerRead, POLL, debounceReads).build(), platform);
    }

    private void pilot(PilotConfig config, MockPi4j platform) {
        pi = platform;
        pilot = new Pi4jControlPilot(pi.io, config, time, faults::add);
        adc = pi.get(Pi4jIo.spiId(0, 1), MockSpi.class);
        pwm = pi.get(Pi4jControlPilot.pwmId(1), MockPwm.class);
        pilot.states().subscribe(states::add);
    }

    /** The ADC code for a pilot voltage through the default divider (−12…+12 V onto 0…3.3 V). */
    private static int code(double pilotVolts) {
        return (int) Math.round((pilotVolts + 12.0) / 24.0 * 1024);
    }

    /** Queues the ADC's answers for the next read (one per sample) and returns the commands of the last one. */
    private byte[] answer(double... pilotVolts) {
        byte[] sent = adc.readEntireMockBuffer();
        for (double v : pilotVolts) {
            int code = Math.min(code(v), 1023);
            adc.write(new byte[] {0, (byte) (code >>> 8), (byte) code}, 0, 3);
        }
        return sent;
    }

    private void read(double... pilotVolts) {
        answer(pilotVolts);
        time.advanceTimeBy(POLL);
    }

    @Test
    void startsAtAConstantHighLevelWithNoCurrentOffered() {
        pilot(1, 1, 0);
        assertThat(pwm.isOn()).isTrue();
        assertThat(pwm.getDutyCycle()).isEqualTo(100.0f);
        assertThat(pwm.getFrequency()).isEqualTo(1000);
        assertThat(pilot.offered()).isZero();
    }

    @Test
    void offeredCurrentBecomesTheIec61851DutyCycleAt1kHz() {
        pilot(1, 1, 0);
        StepVerifier.create(pilot.offer(16)).verifyComplete();
        assertThat((double) pwm.getDutyCycle()).isCloseTo(16 / 0.6, within(1e-4));
        assertThat(pwm.getFrequency()).isEqualTo(1000);
        assertThat(pilot.offered()).isEqualTo(16.0);
        StepVerifier.create(pilot.offer(63)).verifyComplete();
        assertThat((double) pwm.getDutyCycle()).isCloseTo(63 / 2.5 + 64, within(1e-4));
        StepVerifier.create(pilot.offer(3)).verifyComplete();
        assertThat((double) pwm.getDutyCycle()).isCloseTo(10.0, within(1e-4));
        assertThat(pilot.offered()).isEqualTo(6.0);
        StepVerifier.create(pilot.offer(0)).verifyComplete();
        assertThat(pwm.getDutyCycle()).isEqualTo(100.0f);
        assertThat(pilot.offered()).isZero();
    }

    @Test
    void aNegativeOrMissingCurrentIsRefused() {
        pilot(1, 1, 0);
        StepVerifier.create(pilot.offer(-1)).verifyError(IllegalArgumentException.class);
        StepVerifier.create(pilot.offer(Double.NaN)).verifyError(IllegalArgumentException.class);
        assertThat(pwm.getDutyCycle()).isEqualTo(100.0f);
    }

    @Test
    void nominalPilotVoltagesGiveStatesAToF() {
        pilot(1, 1, 0);
        pilot.start();
        for (double v : new double[] {12, 9, 6, 3, 0, -12}) {
            read(v);
        }
        assertThat(states).containsExactly(A, B, C, D, E, F);
    }

    @Test
    void voltagesAreClassifiedAtTheMidpointsBetweenTheNominalLevels() {
        pilot(1, 1, 0);
        pilot.start();
        read(10.7);
        read(10.3);
        read(4.7);
        read(4.3);
        assertThat(states).containsExactly(A, B, C, D);
    }

    @Test
    void eachSampleIsOneConversionOfTheConfiguredChannel() {
        pilot(3, 1, 5);
        pilot.start();
        read(9, 9, 9);
        byte[] sent = answer();
        assertThat(sent).containsExactly(0x01, 0xD0, 0x00, 0x01, 0xD0, 0x00, 0x01, 0xD0, 0x00);
    }

    @Test
    void theHighestSampleIsThePwmsPositivePlateau() {
        pilot(4, 1, 0);
        StepVerifier.create(pilot.offer(16)).verifyComplete();
        pilot.start();
        read(-12, 6, -12, -12);
        assertThat(states).containsExactly(C);
    }

    @Test
    void aReadThatMissedThePlateauIsIgnoredWhileThePwmOscillates() {
        pilot(2, 1, 0);
        StepVerifier.create(pilot.offer(16)).verifyComplete();
        pilot.start();
        read(9, -12);
        read(-12, -12);
        read(-12, -12);
        assertThat(states).containsExactly(B);
        StepVerifier.create(pilot.offer(0)).verifyComplete();
        read(-12, -12);
        assertThat(states).containsExactly(B, F);
    }

    @Test
    void aNewStateNeedsTwoAgreeingReads() {
        pilot(1, 2, 0);
        pilot.start();
        read(12);
        assertThat(states).isEmpty();
        read(12);
        assertThat(states).containsExactly(A);
        read(6);       // a glitch
        read(9);
        assertThat(states).containsExactly(A);
        read(9);
        assertThat(states).containsExactly(A, B);
    }

    @Test
    void readsArePolledAtTheConfiguredInterval() {
        pilot(1, 1, 0);
        pilot.start();
        answer(9);
        time.advanceTimeBy(POLL.minusMillis(1));
        assertThat(states).isEmpty();
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(states).containsExactly(B);
    }

    @Test
    void aFailingAdcIsAFaultUntilItReadsAgain() {
        pilot(1, 1, 0, new MockPi4j(new FailingSpiProvider()));
        pilot.start();
        ((FailingSpiProvider.FailingSpi) adc).failing = true;
        time.advanceTimeBy(POLL.multipliedBy(3));
        assertThat(faults).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FaultCode.INTERNAL_ERROR);
            assertThat(f.vendorErrorCode()).isEqualTo("PILOT_ADC");
            assertThat(f.active()).isTrue();
        });
        assertThat(states).isEmpty();
        ((FailingSpiProvider.FailingSpi) adc).failing = false;
        read(12);
        assertThat(faults).last().isEqualTo(new Fault(1, FaultCode.INTERNAL_ERROR, null, "PILOT_ADC", false));
        assertThat(states).containsExactly(A);
    }

    @Test
    void digitalCommunicationIsAFivePercentPwmThatOffersNoCurrent() {
        pilot(1, 1, 0);
        StepVerifier.create(pilot.offer(16)).verifyComplete();
        StepVerifier.create(pilot.generate(PilotSignal.DIGITAL_COMMUNICATION)).verifyComplete();
        assertThat(pwm.isOn()).isTrue();
        assertThat(pwm.getDutyCycle()).isEqualTo(5.0f);
        assertThat(pwm.getFrequency()).isEqualTo(1000);
        assertThat(pilot.signal()).isEqualTo(PilotSignal.DIGITAL_COMMUNICATION);
        assertThat(pilot.offered()).isZero();
    }

    @Test
    void aReadThatMissedTheFivePercentPlateauIsIgnored() {
        pilot(2, 1, 0);
        StepVerifier.create(pilot.generate(PilotSignal.DIGITAL_COMMUNICATION)).verifyComplete();
        pilot.start();
        read(-12, -12);
        assertThat(states).isEmpty();
        read(-12, 6);
        assertThat(states).containsExactly(C);
    }

    @Test
    void stateFIsAConstantMinus12VoltsOnAnEnabledChannel() {
        pilot(1, 1, 0);
        StepVerifier.create(pilot.generate(PilotSignal.UNAVAILABLE)).verifyComplete();
        // enabled at 0 %: the polarity holds the level (Pi4J switches a PWM "on" at 0 % off instead)
        assertThat(pwm.isOn()).isTrue();
        assertThat(pwm.getDutyCycle()).isZero();
        assertThat(pilot.signal()).isEqualTo(PilotSignal.UNAVAILABLE);
        assertThat(pilot.offered()).isZero();
    }

    @Test
    void whileInStateFTheEvIsNotReadAndTheLastStateStands() {
        pilot(1, 1, 0);
        pilot.start();
        read(9);
        StepVerifier.create(pilot.generate(PilotSignal.UNAVAILABLE)).verifyComplete();
        answer(-12);
        time.advanceTimeBy(POLL.multipliedBy(3));
        assertThat(states).containsExactly(B);
        assertThat(answer()).as("no conversion while in state F").hasSize(3); // only the answer queued above
        StepVerifier.create(pilot.generate(PilotSignal.STANDBY)).verifyComplete();
        read(12);
        assertThat(states).containsExactly(B, A);
    }

    @Test
    void afterStateFANewStateNeedsItsAgreeingReadsAgain() {
        pilot(1, 2, 0);
        pilot.start();
        read(9);
        read(9);
        read(6);
        StepVerifier.create(pilot.generate(PilotSignal.UNAVAILABLE)).verifyComplete();
        time.advanceTimeBy(POLL);
        StepVerifier.create(pilot.offer(16)).verifyComplete();
        read(6);
        assertThat(states).containsExactly(B);
        read(6);
        assertThat(states).containsExactly(B, C);
    }

    @Test
    void theWiredPwmFrequencyTrimsTheOscillator() {
        pilot(PilotConfig.builder(1).pwmFrequency(990).build(), new MockPi4j());
        assertThat(pwm.getFrequency()).isEqualTo(990);
        StepVerifier.create(pilot.offer(32)).verifyComplete();
        assertThat(pwm.getFrequency()).isEqualTo(990);
    }

    @Test
    void aFrequencyFarFromOneKilohertzIsRefused() {
        assertThatThrownBy(() -> PilotConfig.builder(1).pwmFrequency(50).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pwmFrequencyHz must be 980 to 1020");
    }
}
