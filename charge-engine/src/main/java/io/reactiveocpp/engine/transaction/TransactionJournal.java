package io.reactiveocpp.engine.transaction;

import io.reactiveocpp.engine.store.EngineStore;

import java.util.List;

/**
 * The engine store's record of running transactions, one per connector, so that a transaction left running by
 * a power loss can be closed at the next start; and the counter of the charge point's {@code txRef}s, which
 * never repeats across restarts. Confined to the engine's scheduler.
 */
final class TransactionJournal {

    private static final String NAMESPACE = "tx";
    private static final String COUNTER = "engine";

    private final EngineStore store;
    private long nextTxRef;

    TransactionJournal(EngineStore store) {
        this.store = store;
        this.nextTxRef = Long.parseLong(store.load(COUNTER).getOrDefault("nextTxRef", "1"));
    }

    /** A new txRef, persisted before it is used. */
    long nextTxRef() {
        long txRef = nextTxRef++;
        store.put(COUNTER, "nextTxRef", Long.toString(nextTxRef));
        return txRef;
    }

    /** Records (or updates) the transaction running on its connector. */
    void persist(ActiveTransaction tx) {
        store.put(NAMESPACE, Integer.toString(tx.connectorId()), tx.format());
    }

    /** Forgets the transaction record of a connector. */
    void remove(int connectorId) {
        store.remove(NAMESPACE, Integer.toString(connectorId));
    }

    /** The transactions recorded as running, as the last process left them. */
    List<ActiveTransaction> recorded() {
        return store.load(NAMESPACE).values().stream().map(ActiveTransaction::parse).toList();
    }
}
