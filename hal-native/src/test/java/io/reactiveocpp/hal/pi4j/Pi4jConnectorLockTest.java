package io.reactiveocpp.hal.pi4j;

import com.pi4j.io.gpio.digital.DigitalState;
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

/** The cable lock on Pi4J's mock GPIO, with the actuator played by the test. */
class Pi4jConnectorLockTest {

    private static final Duration TIMEOUT = LockConfig.DEFAULT_FEEDBACK_TIMEOUT;

    private final MockPi4j pi = new MockPi4j();
    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final List<Fault> faults = new ArrayList<>();
    private final Pi4jConnectorLock lock = new Pi4jConnectorLock(pi.io,
            LockConfig.of(2, DigitalPin.activeHigh(22), DigitalPin.activeHigh(23)), time, faults::add);
    private final MockDigitalOutput motor = pi.get(Pi4jConnectorLock.motorId(2), MockDigitalOutput.class);
    private final MockDigitalInput position = pi.get(Pi4jConnectorLock.feedbackId(2), MockDigitalInput.class);

    @AfterEach
    void stop() {
        lock.dispose();
        pi.close();
        time.dispose();
    }

    @Test
    void lockAndUnlockCompleteWhenThePositionSwitchConfirms() {
        motor.addListener(e -> position.mockState(e.state()));
        StepVerifier.create(lock.lock()).verifyComplete();
        assertThat(motor.state()).isEqualTo(DigitalState.HIGH);
        assertThat(lock.locked()).isTrue();
        StepVerifier.create(lock.unlock()).verifyComplete();
        assertThat(motor.state()).isEqualTo(DigitalState.LOW);
        assertThat(lock.locked()).isFalse();
        assertThat(faults).isEmpty();
    }

    @Test
    void theActuatorMayTakeUpToTheTimeout() {
        StepVerifier.withVirtualTime(() -> lock.lock(), () -> time, Long.MAX_VALUE)
                .expectSubscription()
                .expectNoEvent(TIMEOUT.minusMillis(1))
                .then(() -> position.mockState(DigitalState.HIGH))
                .verifyComplete();
    }

    @Test
    void aStuckLockFailsTheCommandAndRaisesAFaultThatTheNextSuccessClears() {
        List<Throwable> errors = new ArrayList<>();
        lock.lock().subscribe(null, errors::add);
        time.advanceTimeBy(TIMEOUT.minusMillis(1));
        assertThat(errors).isEmpty();
        assertThat(faults).isEmpty();
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(errors).singleElement().isInstanceOf(HardwareException.class)
                .extracting(Throwable::getMessage).asString().contains("lock of connector 2 did not lock");
        assertThat(faults).singleElement().satisfies(f -> {
            assertThat(f.connectorId()).isEqualTo(2);
            assertThat(f.code()).isEqualTo(FaultCode.CONNECTOR_LOCK_FAILURE);
            assertThat(f.vendorErrorCode()).isEqualTo("LOCK_STUCK");
            assertThat(f.active()).isTrue();
        });
        position.mockState(DigitalState.HIGH); // freed
        StepVerifier.create(lock.lock()).verifyComplete();
        assertThat(faults).last().isEqualTo(new Fault(2, FaultCode.CONNECTOR_LOCK_FAILURE, null, "LOCK_STUCK", false));
    }
}
