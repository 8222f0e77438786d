package io.reactiveocpp.engine.hal;

import io.reactiveocpp.engine.Events;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.connector.Connectors;
import io.reactiveocpp.engine.metering.MeterReadings;
import io.reactiveocpp.engine.transaction.ChargingFlow;
import io.reactiveocpp.hal.ActiveFaults;
import io.reactiveocpp.hal.ChargingStation;
import io.reactiveocpp.hal.ConnectorHardware;
import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.PilotState;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.scheduler.Scheduler;

/**
 * The only part of the engine that subscribes to the hardware: every HAL stream is moved onto the engine's
 * scheduler here and turned into facts (pilot, faults), readings and driver actions (plug, unplug, card).
 * Commands go the other way through {@link HardwareBridge}. The faults reported are kept in an {@link
 * ActiveFaults} of the engine's own (the connector's facts carry them in the order they were raised). Confined
 * to the engine's scheduler.
 */
public final class HardwareEvents {

    private final ChargingStation station;
    private final HardwareBridge bridge;
    private final Connectors connectors;
    private final MeterReadings readings;
    private final ChargingFlow flow;
    private final Configuration config;
    private final Scheduler scheduler;
    private final Disposable.Composite subscriptions = Disposables.composite();
    private final ActiveFaults faults = new ActiveFaults();

    public HardwareEvents(ChargingStation station, HardwareBridge bridge, Connectors connectors, MeterReadings readings,
                          ChargingFlow flow, Configuration config, Scheduler scheduler) {
        this.station = station;
        this.bridge = bridge;
        this.connectors = connectors;
        this.readings = readings;
        this.flow = flow;
        this.config = config;
        this.scheduler = scheduler;
    }

    /** Subscribes to every stream of the station; call once, on the engine's scheduler. */
    public void start() {
        for (int i = 1; i <= station.connectorCount(); i++) {
            int id = i;
            ConnectorHardware hardware = station.connector(id);
            subscriptions.add(hardware.pilot().states().distinctUntilChanged()
                    .subscribe(Events.on(scheduler, state -> pilot(id, state))));
            subscriptions.add(hardware.meter().readings()
                    .subscribe(Events.on(scheduler, reading -> readings.reading(id, reading))));
        }
        subscriptions.add(station.idTokenReader().presented()
                .subscribe(Events.on(scheduler, token -> flow.idTagPresented(token.idTag(), token.connectorId()))));
        subscriptions.add(station.faults().subscribe(Events.on(scheduler, this::fault)));
    }

    /** Ends every subscription. */
    public void stop() {
        subscriptions.dispose();
    }

    private void pilot(int connectorId, PilotState state) {
        boolean wasPlugged = connectors.facts(connectorId).pilot().connected();
        connectors.batch(connectorId, () -> {
            connectors.update(connectorId, f -> f.withPilot(state));
            if (!wasPlugged && state.connected()) {
                flow.plugged(connectorId);
            } else if (wasPlugged && !state.connected()) {
                flow.unplugged(connectorId);
                if (config.bool("UnlockConnectorOnEVSideDisconnect")) {
                    bridge.unlock(connectorId).subscribe(null, e -> { }); // a failure is the HAL's fault to raise
                }
            }
        });
    }

    private void fault(Fault fault) {
        faults.apply(fault);
        if (fault.connectorId() == 0) {
            connectors.stationFaults(faults.of(0));
        } else if (connectors.exists(fault.connectorId())) {
            connectors.update(fault.connectorId(), f -> f.withFaults(faults.of(fault.connectorId())));
        }
    }
}
