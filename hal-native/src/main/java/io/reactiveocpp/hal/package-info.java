/**
 * The hardware SPI (issue 5): what the charge-engine needs from a charging station, with no OCPP type and
 * no driver library in it. Events are Reactor streams, commands are methods returning {@code Mono} that
 * fail with {@link io.reactiveocpp.hal.HardwareException} when the hardware does not confirm them.
 *
 * <p>Threads: implementations emit from their own threads (hardware I/O, a simulator's scheduler); the
 * engine {@code publishOn}s its own scheduler. Commands never block the caller. The simulator lives in
 * {@code hal.sim}, the Pi4J drivers in {@code hal.pi4j} (the only package that may use Pi4J).
 */
package io.reactiveocpp.hal;
