package io.reactiveocpp.engine.connector;

import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.hal.Fault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The facts of every connector and the status derived from them; each change is passed to the
 * {@link StatusReporter}. Connector 0 stands for the station: Faulted with a station fault, Unavailable
 * when every connector is inoperative, else Available (section 4.9: it has no other states). Confined to
 * the engine's scheduler. {@link #changes()} signals every change an operator could see (the local interface's live
 * status).
 */
public final class Connectors {

    private static final Logger LOG = LoggerFactory.getLogger(Connectors.class);

    private final ConnectorFacts[] facts;
    private final boolean[] finished;
    private final ChargePointStatus[] status;
    private final StatusReporter reporter;
    private final boolean[] holding;
    private List<Fault> stationFaults = List.of();
    /** Made at the first subscription to {@link #changes()}: nothing per charge point that nobody watches (fleets). */
    private Sinks.Many<Integer> changes;

    public Connectors(int count, StatusReporter reporter) {
        this.facts = new ConnectorFacts[count + 1];
        this.finished = new boolean[count + 1];
        this.status = new ChargePointStatus[count + 1];
        this.reporter = reporter;
        this.holding = new boolean[count + 1];
        for (int i = 1; i <= count; i++) {
            facts[i] = ConnectorFacts.INITIAL;
        }
    }

    public int count() {
        return facts.length - 1;
    }

    public boolean exists(int connectorId) {
        return connectorId >= 1 && connectorId < facts.length;
    }

    public ConnectorFacts facts(int connectorId) {
        return facts[connectorId];
    }

    public ChargePointStatus status(int connectorId) {
        return status[connectorId];
    }

    /** Applies a change of facts and reports the status if it changed. */
    public void update(int connectorId, UnaryOperator<ConnectorFacts> change) {
        ConnectorFacts before = facts[connectorId];
        ConnectorFacts after = change.apply(before);
        if (before.transaction() && !after.transaction() && after.pilot().connected()) {
            finished[connectorId] = true;
        }
        if (!after.pilot().connected()) {
            finished[connectorId] = false;
        }
        facts[connectorId] = after;
        if (!holding[connectorId]) {
            project(connectorId);
        }
        if (before.operative() != after.operative()) {
            projectStation();
        }
    }

    /**
     * Runs {@code changes} and derives the status once at the end, so that one event (the cable pulled
     * during a transaction) produces one status, after the messages it causes.
     */
    public void batch(int connectorId, Runnable changes) {
        boolean outer = !holding[connectorId];
        holding[connectorId] = true;
        try {
            changes.run();
        } finally {
            if (outer) {
                holding[connectorId] = false;
                project(connectorId);
            }
        }
    }

    /** Station-wide (connector 0) faults changed. */
    public void stationFaults(List<Fault> faults) {
        stationFaults = List.copyOf(faults);
        projectStation();
    }

    /** Reports every connector's status, station first (after boot, or TriggerMessage without connector). */
    public void reportAll() {
        reporter.enable();
        projectStation();
        for (int i = 1; i < facts.length; i++) {
            project(i);
        }
    }

    /** Sends the status of one connector again (TriggerMessage StatusNotification). */
    public void resend(int connectorId) {
        if (connectorId == 0) {
            reporter.resend(0, stationStatus(), stationFaults);
        } else {
            reporter.resend(connectorId, status[connectorId], facts[connectorId].faults());
        }
    }

    /** Sends the current status of a connector again with an informative {@code info} text. */
    public void inform(int connectorId, String info) {
        reporter.inform(connectorId, connectorId == 0 ? stationStatus() : status[connectorId], info);
    }

    /**
     * Emits the id of a connector (0: the station as a whole) whenever something an operator sees of it may have
     * changed: its facts or status, a meter reading, its transaction's id; 0 also for the firmware update and the
     * diagnostics upload. Multicast and best effort: a subscriber without demand misses signals, and a subscriber
     * never holds up or fails the engine. Subscribe on the engine's scheduler (the sink is made then, at the first
     * subscription); the signals come on it, so a subscriber hops off before real work.
     */
    public Flux<Integer> changes() {
        return Flux.defer(() -> {
            if (changes == null) {
                changes = Sinks.many().multicast().directBestEffort();
            }
            return changes.asFlux();
        });
    }

    /** Signals a change of connector {@code connectorId} (0: the station) to {@link #changes()}, if watched. */
    public void changed(int connectorId) {
        if (changes == null) {
            return;
        }
        try {
            changes.tryEmitNext(connectorId); // a failed emission (no subscriber) is nobody's loss
        } catch (RuntimeException e) {
            LOG.debug("a subscriber of the connector changes failed: {}", e.toString());
        }
    }

    /** Whether {@link #changes()} has been subscribed to (and so has its sink), for tests. */
    boolean watched() {
        return changes != null;
    }

    private void project(int connectorId) {
        ChargePointStatus next = StatusProjection.status(facts[connectorId], finished[connectorId]);
        status[connectorId] = next;
        reporter.changed(connectorId, next, facts[connectorId].faults());
        changed(connectorId);
    }

    private void projectStation() {
        reporter.changed(0, stationStatus(), stationFaults);
        changed(0);
    }

    /** The station's (connector 0's) status: Faulted with a station fault, else derived from the connectors. */
    public ChargePointStatus stationStatus() {
        if (!stationFaults.isEmpty()) {
            return ChargePointStatus.FAULTED;
        }
        List<Boolean> operative = new ArrayList<>();
        for (int i = 1; i < facts.length; i++) {
            operative.add(facts[i].operative());
        }
        return operative.contains(true) ? ChargePointStatus.AVAILABLE : ChargePointStatus.UNAVAILABLE;
    }
}
