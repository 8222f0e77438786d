package io.reactiveocpp.hal.sim;

/**
 * Hardware failures a test or a developer can inject into a simulated connector. Unlike
 * {@code raiseFault}, an injected failure is silent until a command meets it: then the command fails with
 * {@link io.reactiveocpp.hal.HardwareException} and the connector raises the fault the real feedback
 * contact would reveal. The fault clears when a later command is confirmed again.
 */
public enum InjectedFailure {
    /** The contactor's contacts weld: once closed it no longer opens ({@code PowerSwitchFailure}). */
    CONTACTOR_WELDED,
    /** The contactor no longer closes, e.g. a broken coil ({@code PowerSwitchFailure}). */
    CONTACTOR_STUCK_OPEN,
    /** The cable lock's motor no longer moves ({@code ConnectorLockFailure}). */
    LOCK_STUCK
}
