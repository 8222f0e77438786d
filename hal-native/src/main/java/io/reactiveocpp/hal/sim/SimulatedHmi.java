package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.Hmi;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A display that remembers what it was told to show, so a UI or a test can show it in turn. Safe to call
 * and read from any thread; never blocks.
 */
public final class SimulatedHmi implements Hmi {

    private final AtomicReferenceArray<Indication> shown;
    private final AtomicReferenceArray<String> tariffs;
    private volatile boolean backendReachable = true;
    private volatile boolean backendErrorShown;

    SimulatedHmi(int connectors) {
        shown = new AtomicReferenceArray<>(connectors + 1);
        tariffs = new AtomicReferenceArray<>(connectors + 1);
    }

    @Override
    public void show(int connectorId, Indication indication) {
        shown.set(connectorId, indication);
    }

    @Override
    public void backendReachable(boolean reachable, boolean asError) {
        backendReachable = reachable;
        backendErrorShown = !reachable && asError;
    }

    @Override
    public void tariff(int connectorId, String text) {
        tariffs.set(connectorId, text);
    }

    /**
     * The tariff text last shown for {@code connectorId} (0: the one given for every connector), or
     * {@code null} before any.
     */
    public String tariff(int connectorId) {
        return tariffs.get(connectorId);
    }

    /** What connector {@code connectorId} (0 for the station) shows, or {@code null} before anything was shown. */
    public Indication shown(int connectorId) {
        return shown.get(connectorId);
    }

    public boolean backendReachable() {
        return backendReachable;
    }

    /** Whether the display shows the unreachable backend as an error. */
    public boolean backendErrorShown() {
        return backendErrorShown;
    }
}
