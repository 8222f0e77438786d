package io.reactiveocpp.hal;

import reactor.core.publisher.Flux;

/**
 * One charging station's hardware: its connectors (numbered from 1, as OCPP numbers them), the ID-token
 * reader, the HMI and the system. The engine receives one of these from the app's wiring.
 */
public interface ChargingStation {

    /** The number of connectors; connector ids run from 1 to this. */
    int connectorCount();

    /** The hardware of connector {@code id} (1-based); {@link IllegalArgumentException} for another id. */
    ConnectorHardware connector(int id);

    /** RFID / ID-token presentations. */
    IdTokenReader idTokenReader();

    /** Lights, display, sounds. */
    Hmi hmi();

    /** Reboot, firmware installation, network state. */
    SystemControl system();

    /**
     * Faults of the station and its connectors as they are raised and cleared; replays the active ones
     * to a new subscriber.
     */
    Flux<Fault> faults();

    /** The ISO 15118 stack for Plug &amp; Charge; by default none ({@link Iso15118Stack#NONE}). */
    default Iso15118Stack iso15118() {
        return Iso15118Stack.NONE;
    }
}
