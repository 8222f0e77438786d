package io.reactiveocpp.hal.pi4j;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wiring rules that Pi4J 2.8.0 imposes, caught with a message that says what clashed. */
class Pi4jIoTest {

    private final MockPi4j pi = new MockPi4j();
    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final List<Object> faults = new ArrayList<>();

    @AfterEach
    void stop() {
        pi.close();
        time.dispose();
    }

    @Test
    void aGpioNumberEqualToAPwmChannelIsRefusedNamingBoth() {
        new Pi4jControlPilot(pi.io, PilotConfig.builder(1).build(), time, faults::add);
        assertThatThrownBy(() -> new Pi4jPowerRelay(pi.io,
                RelayConfig.of(1, DigitalPin.activeHigh(0), DigitalPin.activeHigh(5)), time, faults::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connector-1-contactor-coil: address 0 is taken by connector-1-pilot-pwm");
    }

    @Test
    void pilotsOfTwoConnectorsShareOneMcp3008() {
        new Pi4jControlPilot(pi.io, PilotConfig.builder(1).pwm(0, false).spi(0, 2, 1_000_000).adc(0, 3.3).build(),
                time, faults::add);
        new Pi4jControlPilot(pi.io, PilotConfig.builder(2).pwm(1, false).spi(0, 2, 1_000_000).adc(1, 3.3).build(),
                time, faults::add);
        assertThat(pi.context.registry().exists(Pi4jIo.spiId(0, 2))).isTrue();
    }

    @Test
    void aPilotConfigWithTheSameChipSelectAndPwmChannelIsRefused() {
        assertThatThrownBy(() -> PilotConfig.builder(1).pwm(1, false).spi(0, 1, 1_000_000).build())
                .hasMessageContaining("spiChipSelect and pwmChannel must differ");
    }
}
