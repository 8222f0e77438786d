package io.reactiveocpp.codec.action;

/** Who sends the request of an action. */
public enum Initiator {
    CHARGE_POINT,
    CENTRAL_SYSTEM,
    /** Either side (DataTransfer). */
    BOTH;

    /** Whether {@code role} may send this action's request. */
    public boolean sends(Role role) {
        return this == BOTH || (role == Role.CHARGE_POINT) == (this == CHARGE_POINT);
    }
}
