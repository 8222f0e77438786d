package io.reactiveocpp.app.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.engine.ChargePoint;
import io.reactiveocpp.engine.boot.Registration;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine's state as meters, read when {@code /metrics} is scraped (each a single reference read of
 * state the engine replaces whole, so no lock is needed):
 * <ul>
 *   <li>{@code ocpp.connector.status{connector,status}}: 1 for each connector's current OCPP status, 0 for the
 *       others</li>
 *   <li>{@code ocpp.transactions.active}: connectors with a running transaction</li>
 *   <li>{@code ocpp.registration{state}}: 1 for the BootNotification state (Unregistered, Pending, Accepted,
 *       Rejected)</li>
 *   <li>{@code ocpp.charging.refused}: 1 while no transaction may start (queue full, registration, ...)</li>
 * </ul>
 * An in-process restart builds a new charge point: {@link #close()} removes these meters first, so that the
 * registry never reads the old one.
 */
public final class EngineMeters implements AutoCloseable {

    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();

    public EngineMeters(ChargePoint chargePoint, MeterRegistry registry) {
        this.registry = registry;
        var connectors = chargePoint.connectors();
        for (int id = 1; id <= connectors.count(); id++) {
            int connector = id;
            for (ChargePointStatus status : ChargePointStatus.values()) {
                meters.add(Gauge.builder("ocpp.connector.status",
                                () -> connectors.status(connector) == status ? 1 : 0)
                        .tag("connector", Integer.toString(connector)).tag("status", status.literal())
                        .register(registry));
            }
        }
        meters.add(Gauge.builder("ocpp.transactions.active", () -> {
            int active = 0;
            for (int id = 1; id <= connectors.count(); id++) {
                active += connectors.facts(id).transaction() ? 1 : 0;
            }
            return active;
        }).register(registry));
        for (Registration.State state : Registration.State.values()) {
            meters.add(Gauge.builder("ocpp.registration", () -> chargePoint.registration().state() == state ? 1 : 0)
                    .tag("state", state.name()).register(registry));
        }
        meters.add(Gauge.builder("ocpp.charging.refused", () -> chargePoint.chargingRefusal() == null ? 0 : 1)
                .register(registry));
    }

    @Override
    public void close() {
        meters.forEach(registry::remove);
        meters.clear();
    }
}
