package io.reactiveocpp.hal.pi4j;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.HardwareException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The contactor driver on Pi4J's mock GPIO, with the contactor's auxiliary contact played by the test. */
class Pi4jPowerRelayTest {

    private static final Duration TIMEOUT = RelayConfig.DEFAULT_FEEDBACK_TIMEOUT;

    private final MockPi4j pi = new MockPi4j();
    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final List<Fault> faults = new ArrayList<>();
    // coil on BCM 17 (active high), auxiliary contact on BCM 27 pulled up and closed to ground (active low)
    private final Pi4jPowerRelay relay = new Pi4jPowerRelay(pi.io,
            RelayConfig.of(1, DigitalPin.activeHigh(17), DigitalPin.activeLow(27)), time, faults::add);
    private final MockDigitalOutput coil = pi.get(Pi4jPowerRelay.coilId(1), MockDigitalOutput.class);
    private final MockDigitalInput contact = pi.get(Pi4jPowerRelay.feedbackId(1), MockDigitalInput.class);

    Pi4jPowerRelayTest() {
        contact.mockState(DigitalState.HIGH); // open
    }

    @AfterEach
    void stop() {
        relay.dispose();
        pi.close();
        time.dispose();
    }

    /** A healthy contactor: the auxiliary contact follows the coil. */
    private DigitalStateChangeListener wireHealthyContactor() {
        DigitalStateChangeListener mirror =
                e -> contact.mockState(e.state() == DigitalState.HIGH ? DigitalState.LOW : DigitalState.HIGH);
        coil.addListener(mirror);
        return mirror;
    }

    @Test
    void startsOpenWithTheCoilOff() {
        assertThat(coil.state()).isEqualTo(DigitalState.LOW);
        assertThat(relay.closed()).isFalse();
    }

    @Test
    void closeAndOpenCompleteWhenTheFeedbackFollows() {
        wireHealthyContactor();
        StepVerifier.create(relay.close()).verifyComplete();
        assertThat(coil.state()).isEqualTo(DigitalState.HIGH);
        assertThat(relay.closed()).isTrue();
        StepVerifier.create(relay.open()).verifyComplete();
        assertThat(coil.state()).isEqualTo(DigitalState.LOW);
        assertThat(relay.closed()).isFalse();
        time.advanceTimeBy(Duration.ofSeconds(10));
        assertThat(faults).isEmpty();
    }

    @Test
    void anActiveLowCoilIsHeldHighAtRestAndDrivenLowToClose() {
        Pi4jPowerRelay other = new Pi4jPowerRelay(pi.io,
                RelayConfig.of(3, DigitalPin.activeLow(5), DigitalPin.activeHigh(6)), time, faults::add);
        MockDigitalOutput otherCoil = pi.get(Pi4jPowerRelay.coilId(3), MockDigitalOutput.class);
        MockDigitalInput otherContact = pi.get(Pi4jPowerRelay.feedbackId(3), MockDigitalInput.class);
        assertThat(otherCoil.state()).isEqualTo(DigitalState.HIGH);
        otherCoil.addListener(e -> otherContact.mockState(e.state() == DigitalState.LOW ? DigitalState.HIGH : DigitalState.LOW));
        StepVerifier.create(other.close()).verifyComplete();
        assertThat(otherCoil.state()).isEqualTo(DigitalState.LOW);
        other.dispose();
    }

    @Test
    void closeWaitsForTheAuxiliaryContact() {
        StepVerifier.withVirtualTime(() -> relay.close(), () -> time, Long.MAX_VALUE)
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(50))
                .then(() -> contact.mockState(DigitalState.LOW))
                .verifyComplete();
    }

    @Test
    void aContactorThatDoesNotCloseFailsTheCommandAndRaisesAFault() {
        StepVerifier.withVirtualTime(() -> relay.close(), () -> time, Long.MAX_VALUE)
                .expectSubscription()
                .expectNoEvent(TIMEOUT.minusMillis(1))
                .thenAwait(Duration.ofMillis(1))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(HardwareException.class)
                        .hasMessageContaining("did not close"))
                .verify();
        assertThat(faults).containsExactly(new Fault(1, FaultCode.POWER_SWITCH_FAILURE,
                "contactor open although commanded closed", "CONTACTOR_OPEN", true));
    }

    @Test
    void aWeldedContactorFailsTheOpenCommandAndRaisesAFaultUntilItOpens() {
        DigitalStateChangeListener healthy = wireHealthyContactor();
        StepVerifier.create(relay.close()).verifyComplete();
        coil.removeListener(healthy); // the contacts weld
        List<Throwable> errors = new ArrayList<>();
        relay.open().subscribe(null, errors::add);
        time.advanceTimeBy(TIMEOUT);
        assertThat(errors).singleElement().isInstanceOf(HardwareException.class);
        assertThat(faults).extracting(Fault::vendorErrorCode, Fault::active).containsExactly(
                tuple("CONTACTOR_WELDED", true));
        contact.mockState(DigitalState.HIGH);
        assertThat(faults).last().isEqualTo(new Fault(1, FaultCode.POWER_SWITCH_FAILURE, null, "CONTACTOR_WELDED", false));
    }

    @Test
    void aContactThatClosesByItselfIsWeldedOnceItStaysClosedPastTheTimeout() {
        contact.mockState(DigitalState.LOW);
        time.advanceTimeBy(TIMEOUT.minusMillis(1));
        assertThat(faults).isEmpty();
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(faults).extracting(Fault::vendorErrorCode).containsExactly("CONTACTOR_WELDED");
    }

    @Test
    void aContactBounceShorterThanTheTimeoutIsNoFault() {
        contact.mockState(DigitalState.LOW);
        time.advanceTimeBy(TIMEOUT.dividedBy(2));
        contact.mockState(DigitalState.HIGH);
        time.advanceTimeBy(TIMEOUT.multipliedBy(3));
        assertThat(faults).isEmpty();
    }

    @Test
    void aContactorThatDropsOutWhileClosedIsAFault() {
        wireHealthyContactor();
        StepVerifier.create(relay.close()).verifyComplete();
        contact.mockState(DigitalState.HIGH); // drops out; the coil is still on
        time.advanceTimeBy(TIMEOUT);
        assertThat(faults).extracting(Fault::vendorErrorCode).containsExactly("CONTACTOR_OPEN");
    }
}
