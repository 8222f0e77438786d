package io.reactiveocpp.hal;

/** The hardware behind one connector: meter, contactor, control pilot, cable lock. */
public interface ConnectorHardware {

    /** The connector id, from 1. */
    int id();

    EnergyMeter meter();

    PowerRelay relay();

    ControlPilot pilot();

    /** The cable lock; a connector with a fixed cable has one that always succeeds. */
    ConnectorLock lock();
}
