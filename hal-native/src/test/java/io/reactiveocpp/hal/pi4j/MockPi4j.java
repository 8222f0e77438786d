package io.reactiveocpp.hal.pi4j;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.IO;
import com.pi4j.io.serial.SerialProvider;
import com.pi4j.io.spi.SpiProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import com.pi4j.plugin.mock.provider.pwm.MockPwmProvider;
import com.pi4j.plugin.mock.provider.serial.MockSerialProvider;
import com.pi4j.plugin.mock.provider.spi.MockSpiProvider;

/** A Pi4J context on the mock platform's providers only. */
final class MockPi4j implements AutoCloseable {

    final Context context;
    final Pi4jIo io;

    MockPi4j() {
        this(MockSpiProvider.newInstance());
    }

    /** @param spi the SPI provider in place of the mock one (Pi4J keeps one provider per kind of I/O) */
    MockPi4j(SpiProvider spi) {
        this(spi, MockSerialProvider.newInstance());
    }

    /** @param serial the serial provider in place of the mock one */
    MockPi4j(SpiProvider spi, SerialProvider serial) {
        context = Pi4J.newContextBuilder()
                .add(MockDigitalOutputProvider.newInstance(), MockDigitalInputProvider.newInstance(),
                        MockPwmProvider.newInstance(), spi, serial)
                .build();
        io = new Pi4jIo(context);
    }

    /** The I/O registered as {@code id}, as its mock class. */
    <T extends IO<?, ?, ?>> T get(String id, Class<T> type) {
        return context.registry().get(id, type);
    }

    @Override
    public void close() {
        context.shutdown();
    }
}
