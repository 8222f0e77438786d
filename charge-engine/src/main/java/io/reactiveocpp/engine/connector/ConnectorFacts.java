package io.reactiveocpp.engine.connector;

import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.PilotState;

import java.util.List;

/**
 * What is true about one connector now, from which its OCPP status is derived ({@link StatusProjection}).
 * Immutable; the engine replaces it on every change.
 *
 * @param pilot         the control pilot state (plugged: B, C, D)
 * @param operative     ChangeAvailability's last word (persisted)
 * @param authorized    an idTag was accepted for this connector and waits for the cable or the start
 * @param transaction   a transaction runs on it
 * @param offered       the current the EVSE offers or is switching on, A (0: the EVSE suspends)
 * @param relayClosed   the contactor is closed
 * @param reserved      a reservation holds it
 * @param faults        active faults of this connector
 * @param forced        {@code ForcedConnectorState}: None, Available or Unavailable
 */
public record ConnectorFacts(PilotState pilot, boolean operative, boolean authorized, boolean transaction,
                             double offered, boolean relayClosed, boolean reserved, List<Fault> faults,
                             String forced) {

    public static final ConnectorFacts INITIAL =
            new ConnectorFacts(PilotState.A, true, false, false, 0, false, false, List.of(), "None");

    public ConnectorFacts withPilot(PilotState v) {
        return new ConnectorFacts(v, operative, authorized, transaction, offered, relayClosed, reserved, faults, forced);
    }

    public ConnectorFacts withOperative(boolean v) {
        return new ConnectorFacts(pilot, v, authorized, transaction, offered, relayClosed, reserved, faults, forced);
    }

    public ConnectorFacts withAuthorized(boolean v) {
        return new ConnectorFacts(pilot, operative, v, transaction, offered, relayClosed, reserved, faults, forced);
    }

    public ConnectorFacts withTransaction(boolean v) {
        return new ConnectorFacts(pilot, operative, authorized, v, offered, relayClosed, reserved, faults, forced);
    }

    public ConnectorFacts withOffered(double v) {
        return new ConnectorFacts(pilot, operative, authorized, transaction, v, relayClosed, reserved, faults, forced);
    }

    public ConnectorFacts withRelayClosed(boolean v) {
        return new ConnectorFacts(pilot, operative, authorized, transaction, offered, v, reserved, faults, forced);
    }

    public ConnectorFacts withReserved(boolean v) {
        return new ConnectorFacts(pilot, operative, authorized, transaction, offered, relayClosed, v, faults, forced);
    }

    public ConnectorFacts withFaults(List<Fault> v) {
        return new ConnectorFacts(pilot, operative, authorized, transaction, offered, relayClosed, reserved, List.copyOf(v), forced);
    }

    public ConnectorFacts withForced(String v) {
        return new ConnectorFacts(pilot, operative, authorized, transaction, offered, relayClosed, reserved, faults, v);
    }
}
