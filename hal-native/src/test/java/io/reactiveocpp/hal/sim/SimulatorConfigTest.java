package io.reactiveocpp.hal.sim;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorConfigTest {

    @Test
    void defaultsAreTwoThreePhaseConnectorsTickingEverySecond() {
        SimulatorConfig config = SimulatorConfig.DEFAULT;
        assertThat(config.connectors()).isEqualTo(2);
        assertThat(config.phases()).isEqualTo(3);
        assertThat(config.maxCurrentA()).isEqualTo(32.0);
        assertThat(config.tick()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.ev()).isEqualTo(EvProfile.DEFAULT);
        assertThat(config.signedMeter()).isFalse();
    }

    @Test
    void batteryShortcutsChangeTheEvProfile() {
        SimulatorConfig config = SimulatorConfig.builder().batteryCapacityKWh(77).startSocPercent(5).build();
        assertThat(config.ev()).isEqualTo(new EvProfile(77, 5, EvProfile.DEFAULT_MAX_CURRENT_A,
                EvProfile.DEFAULT_TAPER_FROM_SOC_PERCENT));
        assertThat(config.toBuilder().build()).isEqualTo(config);
    }

    @Test
    void aBadValueNamesItsFieldAndRange() {
        assertThatThrownBy(() -> SimulatorConfig.builder().phases(2).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("phases must be 1 or 3, got 2");
        assertThatThrownBy(() -> SimulatorConfig.builder().tick(Duration.ZERO).build())
                .hasMessageStartingWith("tick must be PT0.001S to PT1H");
        assertThatThrownBy(() -> SimulatorConfig.builder().startSocPercent(120).build())
                .hasMessage("startSocPercent must be 0.0 to 100.0, got 120.0");
        assertThatThrownBy(() -> SimulatorConfig.builder().maxCurrentA(Double.NaN).build())
                .hasMessageStartingWith("maxCurrentA must be 6.0 to 80.0");
    }
}
