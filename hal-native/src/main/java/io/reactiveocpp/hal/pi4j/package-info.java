/**
 * The real drivers for a Raspberry-Pi-class charge controller, and the only package that may use Pi4J
 * ({@code Pi4jConfinementTest} checks the compiled classes): contactor and cable lock on GPIO with feedback
 * inputs, the control pilot on a hardware PWM channel read back through an MCP3008 SPI ADC, the Modbus
 * meter's serial port, and a PC/SC RFID reader through {@code javax.smartcardio}.
 *
 * <p>Wiring (pins, buses, chip selects, devices) comes from configuration records that the app
 * fills from its configuration file; {@link io.reactiveocpp.hal.pi4j.Pi4jIo} turns them into Pi4J I/O. Every
 * timer takes a Reactor {@code Scheduler}, so the drivers run in virtual time on Pi4J's mock platform in
 * tests. Faults go to a {@code Consumer<Fault>} that the station assembling the drivers merges into
 * {@link io.reactiveocpp.hal.ChargingStation#faults()}.
 */
package io.reactiveocpp.hal.pi4j;
