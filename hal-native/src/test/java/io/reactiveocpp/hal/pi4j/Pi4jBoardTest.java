package io.reactiveocpp.hal.pi4j;

import com.pi4j.context.Context;
import com.pi4j.io.IOType;
import com.pi4j.provider.Provider;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The board's Pi4J context names its providers: gpiod for GPIO, linuxfs for PWM and SPI, no serial provider
 * (jSerialComm opens the Modbus line) and nothing of pigpio's, which needs a root daemon.
 */
class Pi4jBoardTest {

    @Test
    void gpioIsGpiodAndPwmAndSpiAreLinuxfsWithoutASerialProvider() {
        Context context = Pi4jBoard.newContext(Pi4jBoard.LEGACY_PWM_CHIP);
        try {
            Map<String, String> providers = new TreeMap<>();
            for (IOType type : new IOType[] {IOType.DIGITAL_INPUT, IOType.DIGITAL_OUTPUT, IOType.PWM, IOType.SPI}) {
                providers.put(type.name(), context.provider(type).id());
            }
            assertThat(providers).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "DIGITAL_INPUT", "gpiod-digital-input", "DIGITAL_OUTPUT", "gpiod-digital-output",
                    "PWM", "linuxfs-pwm", "SPI", "linuxfs-spi"));
            assertThat(context.hasProvider(IOType.SERIAL)).as("a serial provider in the board context").isFalse();
            assertThat(context.providers().all().values()).extracting(Provider::id)
                    .noneMatch(id -> id.contains("pigpio"));
        } finally {
            context.shutdown();
        }
    }

    @Test
    void pigpioIsNotOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("com.pi4j.plugin.pigpio.PiGpioPlugin"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
