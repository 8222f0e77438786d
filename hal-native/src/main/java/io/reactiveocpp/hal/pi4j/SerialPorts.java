package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.modbus.SerialLink;

/**
 * Opens the serial line of a Modbus bus for {@link Pi4jStation}. In service that is {@link #JSERIALCOMM}, a tty
 * opened directly; the mock platform's tests open {@link Pi4jSerialLink}s on their context's serial provider instead.
 */
@FunctionalInterface
interface SerialPorts {

    /** jSerialComm, independent of the Pi4J context: no pigpio daemon, no root, any Linux board. */
    SerialPorts JSERIALCOMM = (io, name, config) -> JSerialCommLink.open(config);

    /**
     * Opens the line of {@code config}; {@code name} is the bus's name ({@code modbus-0}, ...) and {@code io} the
     * station's Pi4J I/O, for implementations that go through Pi4J. Fails with
     * {@link io.reactiveocpp.hal.HardwareException} when the port cannot be opened.
     */
    SerialLink open(Pi4jIo io, String name, SerialLinkConfig config);
}
