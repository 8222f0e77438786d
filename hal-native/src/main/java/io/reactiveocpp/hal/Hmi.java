package io.reactiveocpp.hal;

/** What the station shows the driver. Implementations must not block. */
public interface Hmi {

    /** The state of a connector as the driver should see it. */
    void show(int connectorId, Indication indication);

    /** The backend became unreachable or reachable again; shown as an error when {@code asError}. */
    void backendReachable(boolean reachable, boolean asError);

    /**
     * The backend's tariff for a connector, as text for the driver (at most 100 characters); connector 0
     * means every connector. Replaces the tariff shown before. The default does nothing, for a display
     * without room for text.
     */
    default void tariff(int connectorId, String text) {
    }

    /** Indications of a connector. */
    enum Indication { AVAILABLE, AUTHORIZING, AUTHORIZED, REJECTED, CHARGING, SUSPENDED, FINISHING, RESERVED, UNAVAILABLE, FAULTED }

    /** An HMI that shows nothing. */
    Hmi NONE = new Hmi() {
        @Override
        public void show(int connectorId, Indication indication) {
        }

        @Override
        public void backendReachable(boolean reachable, boolean asError) {
        }
    };
}
