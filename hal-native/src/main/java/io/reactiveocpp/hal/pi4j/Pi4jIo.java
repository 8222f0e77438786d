package io.reactiveocpp.hal.pi4j;

import com.pi4j.config.AddressConfig;
import com.pi4j.context.Context;
import com.pi4j.io.exception.IOAlreadyExistsException;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.pwm.Pwm;
import com.pi4j.io.pwm.PwmPolarity;
import com.pi4j.io.pwm.PwmType;
import com.pi4j.io.serial.DataBits;
import com.pi4j.io.serial.FlowControl;
import com.pi4j.io.serial.Parity;
import com.pi4j.io.serial.Serial;
import com.pi4j.io.serial.StopBits;
import com.pi4j.io.spi.Spi;
import com.pi4j.io.spi.SpiBus;
import com.pi4j.io.spi.SpiChipSelect;
import com.pi4j.io.spi.SpiMode;

import java.util.function.Supplier;

/**
 * Creates Pi4J I/O from this package's configuration records. The Pi4J {@link Context} belongs to the caller:
 * the app builds it once, with the providers it wants, and shuts it down at exit.
 *
 * <p>Two properties of Pi4J 2.8.0 shape the wiring. A context holds one provider per kind of I/O (the last
 * one added, or the highest-priority one detected), so the providers are chosen by the context's builder
 * ({@link Pi4jBoard}: gpiod and linuxfs; the station's serial lines are jSerialComm's, outside Pi4J). And all
 * I/O of a context share one address space: a GPIO number, a PWM channel and an SPI chip select must all
 * differ, or creating the second fails ({@link IllegalArgumentException} here, naming both).
 */
public final class Pi4jIo {

    private final Context context;

    public Pi4jIo(Context context) {
        if (context == null) {
            throw new IllegalArgumentException("context is required");
        }
        this.context = context;
    }

    /** An output that starts, and is left at shutdown, inactive. */
    DigitalOutput output(String id, DigitalPin pin) {
        return create(id, pin.address(), () -> context.create(DigitalOutput.newConfigBuilder(context).id(id)
                .address(pin.address()).initial(pin.level(false)).shutdown(pin.level(false))));
    }

    DigitalInput input(String id, DigitalPin pin) {
        return create(id, pin.address(), () -> context.create(DigitalInput.newConfigBuilder(context).id(id)
                .address(pin.address())));
    }

    /**
     * A hardware PWM channel at {@code frequencyHz}, started at 100 % (a constant high level) and switched off
     * at shutdown.
     */
    Pwm pwm(String id, int channel, int frequencyHz, boolean inverted) {
        return create(id, channel, () -> context.create(Pwm.newConfigBuilder(context).id(id).address(channel)
                .pwmType(PwmType.HARDWARE).polarity(inverted ? PwmPolarity.INVERSED : PwmPolarity.NORMAL)
                .frequency(frequencyHz).dutyCycle(100).initial(100).shutdown(0)));
    }

    /**
     * The SPI device in mode 0 on {@code bus}, selected by {@code chipSelect}; devices are shared (several
     * pilots read one MCP3008), so a second call for the same device returns the first one's.
     */
    Spi spi(int bus, int chipSelect, int baud) {
        String id = spiId(bus, chipSelect);
        if (context.registry().exists(id)) {
            return context.registry().get(id, Spi.class);
        }
        return create(id, chipSelect, () -> context.create(Spi.newConfigBuilder(context).id(id)
                .bus(SpiBus.getByNumber(bus)).chipSelect(SpiChipSelect.getByNumber(chipSelect))
                .mode(SpiMode.MODE_0).baud(baud)));
    }

    static String spiId(int bus, int chipSelect) {
        return "spi-" + bus + "." + chipSelect;
    }

    Serial serial(String id, SerialLinkConfig config) {
        Parity parity = switch (config.parity()) {
            case "even" -> Parity.EVEN;
            case "odd" -> Parity.ODD;
            default -> Parity.NONE;
        };
        return context.create(Serial.newConfigBuilder(context).id(id).device(config.device()).baud(config.baud())
                .dataBits(DataBits.getInstance(config.dataBits())).parity(parity)
                .stopBits(StopBits.getInstance(config.stopBits())).flowControl(FlowControl.NONE));
    }

    private <T> T create(String id, int address, Supplier<T> create) {
        try {
            return create.get();
        } catch (IOAlreadyExistsException e) {
            String holder = context.registry().all().values().stream()
                    .filter(io -> io.config() instanceof AddressConfig<?> a && a.address() == address)
                    .map(io -> io.id()).findFirst().orElse("another I/O");
            throw new IllegalArgumentException(id + ": address " + address + " is taken by " + holder
                    + " (Pi4J gives GPIO numbers, PWM channels and SPI chip selects one address space)", e);
        }
    }

    /** Shuts down and unregisters the I/O {@code id}; quiet when it is already gone. */
    void release(String id) {
        if (context.registry().exists(id)) {
            context.registry().remove(id);
        }
    }
}
