package io.reactiveocpp.hal;

/** What the station shows the driver. Implementations must not block. */
public interface Hmi {

    /** The state of a connector as the driver should see it. */
    void show(int connectorId, Indication indication);

    /** The backend became unreachable or reachable again; shown as an error when {@code asError}. */
    void backendReachable(boolean reachable, boolean asError);

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
