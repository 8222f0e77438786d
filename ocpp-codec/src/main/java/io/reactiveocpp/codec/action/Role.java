package io.reactiveocpp.codec.action;

/** The side of the OCPP connection a codec works for. */
public enum Role {
    /** The charge point: receives the central system's calls. */
    CHARGE_POINT,
    /** The central system (backend): receives the charge point's calls. */
    CENTRAL_SYSTEM;

    /** The other side. */
    public Role peer() {
        return this == CHARGE_POINT ? CENTRAL_SYSTEM : CHARGE_POINT;
    }
}
