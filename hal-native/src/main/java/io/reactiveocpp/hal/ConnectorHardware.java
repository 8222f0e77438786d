package io.reactiveocpp.hal;

/** The hardware behind one connector: meter, contactor, control pilot, cable lock. */
public interface ConnectorHardware {

    /** The connector id, from 1. */
    int id();

    EnergyMeter meter();

    PowerRelay relay();

    ControlPilot pilot();

    /**
     * The cable lock; a connector with a fixed cable has one that always succeeds. The device is named for what it
     * is, its command {@link ConnectorLock#lock()} for what it does ({@code connector.lock().lock()}); one class
     * cannot implement both interfaces, as the two {@code lock()} methods differ only in their return type.
     */
    ConnectorLock lock();
}
