package io.reactiveocpp.engine.firmware;

import io.reactiveocpp.engine.connector.Connectors;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * {@code UnavailableDuringFirmwareUpdate}: the connectors become Unavailable while an update runs, a connector with
 * a running transaction once that transaction ends (as a Scheduled ChangeAvailability: charging is never stopped),
 * and get back the availability they had when the update ends without a restart. Confined to the engine's scheduler.
 */
final class UpdateAvailability {

    private final Connectors connectors;
    /** Each connector's operative state before the update, for the connectors taken down or waiting to be. */
    private final Map<Integer, Boolean> before = new HashMap<>();
    private boolean down;

    UpdateAvailability(Connectors connectors) {
        this.connectors = connectors;
    }

    /** Takes every idle connector down now, the busy ones when their transaction ends. */
    void takeDown(IntPredicate busy) {
        if (down) {
            return;
        }
        down = true;
        for (int id = 1; id <= connectors.count(); id++) {
            before.put(id, connectors.facts(id).operative());
            if (!busy.test(id)) {
                connectors.update(id, f -> f.withOperative(false));
            }
        }
    }

    /** A transaction ended on {@code connectorId}: during the update, its connector goes down now. */
    void transactionEnded(int connectorId) {
        if (down) {
            connectors.update(connectorId, f -> f.withOperative(false));
        }
    }

    /** The update ended: every connector gets back its availability. */
    void restore() {
        if (!down) {
            return;
        }
        down = false;
        before.forEach((id, operative) -> connectors.update(id, f -> f.withOperative(operative)));
        before.clear();
    }
}
