/**
 * The hardware SPI (issue 5): energy meter, contactor, control pilot, connector lock, RFID reader and system control as Reactor streams and commands; the simulator lives in hal.sim, Pi4J drivers in hal.pi4j.
 */
package io.reactiveocpp.hal;
