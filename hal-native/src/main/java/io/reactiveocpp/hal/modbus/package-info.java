/**
 * Modbus RTU for energy meters: the frame codec for reading holding (0x03) and input (0x04) registers,
 * the CRC-16, register maps kept as data (one {@code .properties} resource per meter model, e.g. the Eastron
 * SDM630), and {@link io.reactiveocpp.hal.modbus.ModbusEnergyMeter}, which polls a meter over a
 * {@link io.reactiveocpp.hal.modbus.SerialLink} and turns its answers into
 * {@link io.reactiveocpp.hal.MeterReading}s.
 *
 * <p>Malformed or missing answers are values ({@link io.reactiveocpp.hal.modbus.Decoded.Invalid} carrying a
 * {@link io.reactiveocpp.hal.modbus.ModbusError}), never exceptions; the meter turns them into
 * {@link io.reactiveocpp.hal.FaultCode#POWER_METER_FAILURE} faults. No Pi4J here: the serial port behind the
 * link is {@code hal.pi4j}'s business.
 */
package io.reactiveocpp.hal.modbus;
