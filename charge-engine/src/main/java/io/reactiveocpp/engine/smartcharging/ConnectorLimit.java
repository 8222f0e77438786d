package io.reactiveocpp.engine.smartcharging;

/**
 * What limits a connector now and why, for {@code /api/status} and the log.
 *
 * @param connectorId        the connector
 * @param limitA             the current Smart Charging allows now, A per phase; {@code null} when no profile limits it
 * @param transactionProfile the Tx or TxDefault profile whose period applies now, or {@code null}
 * @param stationProfile     the ChargePointMaxProfile whose period applies now, or {@code null}
 * @param rule               how the limit follows from them, in words
 */
public record ConnectorLimit(int connectorId, Double limitA, ProfileRef transactionProfile, ProfileRef stationProfile,
                             String rule) {

    /** Nothing limits the connector. */
    static ConnectorLimit none(int connectorId) {
        return new ConnectorLimit(connectorId, null, null, null, "no charging profile applies");
    }

    @Override
    public String toString() {
        return "connector " + connectorId + ": " + (limitA == null ? "no limit" : limitA + " A") + " (" + rule + ")";
    }
}
