package io.reactiveocpp.hal;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A connector's energy meter.
 */
public interface EnergyMeter {

    /**
     * Readings as the meter delivers them (a few per second at most). Replays the latest to a new
     * subscriber; a slow subscriber gets the latest, not a backlog. A meter that cannot be read raises a
     * {@link FaultCode#POWER_METER_FAILURE} fault instead of ending this stream.
     */
    Flux<MeterReading> readings();

    /** The meter's serial number, or {@code null} when unknown. */
    String serialNumber();

    /** The meter type / model for BootNotification, or {@code null}. */
    String model();

    /** Whether {@link #signedReading()} is available (an Eichrecht meter). */
    boolean canSign();

    /**
     * A reading signed by the meter now (for Transaction.Begin and .End under Eichrecht). Fails with
     * {@link HardwareException} when the meter cannot sign; empty when it never can.
     */
    Mono<SignedReading> signedReading();
}
