package io.reactiveocpp.hal.pi4j;

import com.pi4j.Pi4J;
import com.pi4j.boardinfo.util.BoardInfoHelper;
import com.pi4j.context.Context;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import com.pi4j.plugin.linuxfs.provider.pwm.LinuxFsPwmProvider;
import com.pi4j.plugin.linuxfs.provider.spi.LinuxFsSpiProvider;

/**
 * The Pi4J context of a board, with its providers named rather than detected: GPIO through the kernel's GPIO
 * character device (gpiod: {@code /dev/gpiochipN}), PWM through sysfs ({@code /sys/class/pwm/pwmchipN}) and SPI
 * through {@code /dev/spidevB.C} (linuxfs). All three work as an unprivileged member of the {@code gpio} and
 * {@code spi} groups with {@code deploy/udev/99-reactive-ocpp.rules}; no pigpio daemon, no root. There is no
 * serial provider: the Modbus line is a {@link JSerialCommLink}.
 *
 * <p>Pi4J 2.8.0's gpiod provider takes the GPIO chip whose label contains {@code pinctrl} (the header's chip on a
 * Raspberry Pi 3, 4 or 5, whatever its number: {@code gpiochip0}, or {@code gpiochip4} on a Pi 5 with an older
 * kernel), and only on a board it recognises as a Raspberry Pi. The PWM chip is {@value #RP1_PWM_CHIP} on a board
 * with the RP1 I/O chip (Pi 5), {@value #LEGACY_PWM_CHIP} before it, as Pi4J's own linuxfs plugin chooses.
 */
final class Pi4jBoard {

    static final int LEGACY_PWM_CHIP = 0;
    static final int RP1_PWM_CHIP = 2;

    private Pi4jBoard() {
    }

    /** A context with the gpiod and linuxfs providers only; the caller shuts it down. */
    static Context newContext() {
        return newContext(BoardInfoHelper.usesRP1() ? RP1_PWM_CHIP : LEGACY_PWM_CHIP);
    }

    static Context newContext(int pwmChip) {
        return Pi4J.newContextBuilder()
                .add(GpioDDigitalInputProvider.newInstance(), GpioDDigitalOutputProvider.newInstance(),
                        LinuxFsPwmProvider.newInstance(pwmChip), LinuxFsSpiProvider.newInstance())
                .build();
    }
}
