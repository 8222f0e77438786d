package io.reactiveocpp.engine.connector;

import io.reactiveocpp.codec.type.AvailabilityStatus;
import io.reactiveocpp.codec.type.AvailabilityType;
import io.reactiveocpp.engine.store.EngineStore;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * ChangeAvailability (OCPP 1.6 section 5.2), persisted across restarts in the namespace
 * {@code availability}: connector 0 changes every connector; a change to Inoperative of a connector with
 * a running transaction is Scheduled and applied when the transaction ends. Confined to the engine's
 * scheduler.
 */
public final class Availability {

    private static final String NAMESPACE = "availability";

    private final Connectors connectors;
    private final EngineStore store;
    private final Map<Integer, Boolean> scheduled = new HashMap<>();

    public Availability(Connectors connectors, EngineStore store) {
        this.connectors = connectors;
        this.store = store;
    }

    /** Applies what was stored; call at start before the first status report. */
    public void restore() {
        store.load(NAMESPACE).forEach((id, operative) -> {
            int connectorId = Integer.parseInt(id);
            if (connectors.exists(connectorId)) {
                connectors.update(connectorId, f -> f.withOperative(Boolean.parseBoolean(operative)));
            }
        });
    }

    /** The answer to ChangeAvailability; {@code busy} tells whether a connector has a transaction. */
    public AvailabilityStatus change(int connectorId, AvailabilityType type, IntPredicate busy) {
        if (connectorId != 0 && !connectors.exists(connectorId)) {
            return AvailabilityStatus.REJECTED;
        }
        boolean operative = type == AvailabilityType.OPERATIVE;
        boolean anyScheduled = false;
        for (int id = connectorId == 0 ? 1 : connectorId; id <= (connectorId == 0 ? connectors.count() : connectorId); id++) {
            store.put(NAMESPACE, Integer.toString(id), Boolean.toString(operative));
            if (!operative && busy.test(id)) {
                scheduled.put(id, false);
                anyScheduled = true;
            } else {
                scheduled.remove(id);
                connectors.update(id, f -> f.withOperative(operative));
            }
        }
        return anyScheduled ? AvailabilityStatus.SCHEDULED : AvailabilityStatus.ACCEPTED;
    }

    /** A transaction ended: a scheduled change applies now. */
    public void transactionEnded(int connectorId) {
        Boolean operative = scheduled.remove(connectorId);
        if (operative != null) {
            connectors.update(connectorId, f -> f.withOperative(operative));
        }
    }
}
