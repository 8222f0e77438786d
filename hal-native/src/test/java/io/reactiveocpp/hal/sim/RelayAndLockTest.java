package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.HardwareException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import java.time.Duration;

import static io.reactiveocpp.hal.sim.SimHarness.completes;
import static org.assertj.core.api.Assertions.assertThat;

class RelayAndLockTest {

    @Test
    void theFeedbackFollowsConfirmedCommands() {
        try (SimHarness sim = new SimHarness()) {
            var relay = sim.connector().relay();
            var lock = sim.connector().lock();
            completes(relay.close());
            completes(lock.lock());
            assertThat(relay.closed()).isTrue();
            assertThat(lock.locked()).isTrue();
            completes(relay.open());
            completes(lock.unlock());
            assertThat(relay.closed()).isFalse();
            assertThat(lock.locked()).isFalse();
            assertThat(sim.faults).isEmpty();
        }
    }

    @Test
    void aWeldedContactorFailsToOpenRaisesPowerSwitchFailureAndKeepsDelivering() {
        try (SimHarness sim = new SimHarness()) {
            sim.startCharging(16);
            sim.station.injectFailure(1, InjectedFailure.CONTACTOR_WELDED);
            StepVerifier.create(sim.connector().relay().open())
                    .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(HardwareException.class)
                            .hasMessageContaining("welded"))
                    .verify(Duration.ofSeconds(5));
            assertThat(sim.connector().relay().closed()).isTrue();
            assertThat(sim.latest().powerW()).isPositive();
            assertThat(sim.faults).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(FaultCode.POWER_SWITCH_FAILURE);
                assertThat(f.active()).isTrue();
            });

            sim.station.repair(1, InjectedFailure.CONTACTOR_WELDED);
            completes(sim.connector().relay().open());
            assertThat(sim.latest().powerW()).isZero();
            assertThat(sim.faults).extracting(Fault::active).containsExactly(true, false);
        }
    }

    @Test
    void aContactorStuckOpenFailsToClose() {
        try (SimHarness sim = new SimHarness()) {
            sim.station.injectFailure(1, InjectedFailure.CONTACTOR_STUCK_OPEN);
            StepVerifier.create(sim.connector().relay().close())
                    .expectError(HardwareException.class).verify(Duration.ofSeconds(5));
            assertThat(sim.connector().relay().closed()).isFalse();
            assertThat(sim.faults).extracting(Fault::code).containsExactly(FaultCode.POWER_SWITCH_FAILURE);
        }
    }

    @Test
    void aStuckLockFailsAndRaisesConnectorLockFailure() {
        try (SimHarness sim = new SimHarness()) {
            completes(sim.connector().lock().lock());
            sim.station.injectFailure(1, InjectedFailure.LOCK_STUCK);
            StepVerifier.create(sim.connector().lock().unlock())
                    .expectError(HardwareException.class).verify(Duration.ofSeconds(5));
            assertThat(sim.connector().lock().locked()).isTrue();
            assertThat(sim.faults).extracting(Fault::code, Fault::active)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(FaultCode.CONNECTOR_LOCK_FAILURE, true));
            sim.station.repair(1, InjectedFailure.LOCK_STUCK);
            completes(sim.connector().lock().unlock());
            assertThat(sim.faults).extracting(Fault::active).containsExactly(true, false);
        }
    }

    @Test
    void theFeedbackConfirmsAfterTheActuationTime() {
        var config = SimulatorConfig.builder().actuationTime(Duration.ofMillis(100)).build();
        try (SimHarness sim = new SimHarness(config)) {
            var relay = sim.connector().relay();
            var confirmed = relay.close().toFuture();
            sim.advance(Duration.ofMillis(99));
            assertThat(confirmed).isNotDone();
            assertThat(relay.closed()).isFalse();
            sim.advance(Duration.ofMillis(1));
            assertThat(confirmed).isCompleted();
            assertThat(relay.closed()).isTrue();
        }
    }
}
