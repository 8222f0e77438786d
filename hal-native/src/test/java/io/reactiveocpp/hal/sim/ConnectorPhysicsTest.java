package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.PilotState;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConnectorPhysicsTest {

    private static final long SECOND = 1_000_000_000L;

    private static ConnectorPhysics charging() {
        ConnectorPhysics physics = new ConnectorPhysics(SimulatorConfig.DEFAULT, 1);
        physics.plug(0, EvProfile.DEFAULT);
        physics.tick(SECOND, Instant.EPOCH);
        physics.offer(SECOND, 16);
        physics.relay(SECOND, true);
        return physics;
    }

    @Test
    void energyIsPowerTimesTimeBetweenChanges() {
        ConnectorPhysics physics = charging();
        double power = physics.powerW();
        physics.advanceTo(SECOND + 3600 * SECOND);
        assertThat(physics.energyWh()).isCloseTo(power, within(1e-9));
    }

    @Test
    void aClockSetBackIntegratesNothing() {
        ConnectorPhysics physics = charging();
        physics.advanceTo(10 * SECOND);
        double energy = physics.energyWh();
        physics.advanceTo(5 * SECOND);
        physics.advanceTo(10 * SECOND);
        assertThat(physics.energyWh()).isEqualTo(energy);
    }

    @Test
    void theEvDrawsNothingWithoutPwm() {
        ConnectorPhysics physics = charging();
        physics.offer(2 * SECOND, 0);
        assertThat(physics.pilotState()).isEqualTo(PilotState.C);
        assertThat(physics.powerW()).isZero();
    }
}
