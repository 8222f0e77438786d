package io.reactiveocpp.engine.reservation;

import io.reactiveocpp.codec.message.reservation.ReserveNowRequest;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.ReservationStatus;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.connector.Connectors;
import io.reactiveocpp.engine.store.EngineStore;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/**
 * Reservations (OCPP 1.6 sections 3.11, 5.13, 5.5), persisted in the namespace {@code reservation}. A
 * reservation of the same id replaces the earlier one; one on connector 0 (when {@code
 * ReserveConnectorZeroSupported}) keeps one connector free for its idTag; a reserved connector takes only
 * the reserved idTag or one with the same parentIdTag; a reservation ends at its expiryDate, by
 * CancelReservation, or when its idTag starts a transaction. Confined to the engine's scheduler.
 */
public final class Reservations {

    private static final String NAMESPACE = "reservation";

    /** A reservation held now. */
    public record Reservation(int reservationId, int connectorId, String idTag, String parentIdTag, Instant expiry) {

        boolean matches(String tag, String parent) {
            return idTag.equals(tag) || parentIdTag != null && parentIdTag.equals(parent);
        }
    }

    private final Connectors connectors;
    private final Configuration config;
    private final EngineStore store;
    private final Scheduler scheduler;
    private final EngineClock clock;
    private final Map<Integer, Reservation> byId = new HashMap<>();
    private final Map<Integer, Disposable> expiries = new HashMap<>();

    public Reservations(Connectors connectors, Configuration config, EngineStore store, Scheduler scheduler,
                        EngineClock clock) {
        this.connectors = connectors;
        this.config = config;
        this.store = store;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Restores stored reservations that have not expired. */
    public void restore() {
        store.load(NAMESPACE).forEach((id, text) -> {
            String[] f = text.split("\u001f", -1);
            Reservation r = new Reservation(Integer.parseInt(id), Integer.parseInt(f[0]), f[1],
                    f[2].isEmpty() ? null : f[2], Instant.parse(f[3]));
            if (r.expiry().isAfter(clock.now())) {
                hold(r);
            } else {
                store.remove(NAMESPACE, id);
            }
        });
    }

    /** ReserveNow; {@code busy} tells whether a connector has a transaction. */
    public ReservationStatus reserve(ReserveNowRequest request, IntPredicate busy) {
        int connectorId = request.connectorId();
        if (connectorId == 0 && !config.bool("ReserveConnectorZeroSupported") || connectorId != 0
                && !connectors.exists(connectorId)) {
            return ReservationStatus.REJECTED;
        }
        Reservation previous = byId.get(request.reservationId());
        if (connectorId != 0) {
            ChargePointStatus status = connectors.status(connectorId);
            if (status == ChargePointStatus.FAULTED) {
                return ReservationStatus.FAULTED;
            }
            if (status == ChargePointStatus.UNAVAILABLE) {
                return ReservationStatus.UNAVAILABLE;
            }
            Reservation other = onConnector(connectorId);
            if (busy.test(connectorId) || connectors.facts(connectorId).pilot().connected()
                    || other != null && other.reservationId() != request.reservationId()) {
                return ReservationStatus.OCCUPIED;
            }
        } else if (freeConnectors(busy) == 0) {
            return refusalOfStation();
        }
        Reservation r = new Reservation(request.reservationId(), connectorId, request.idTag(), request.parentIdTag(),
                request.expiryDate());
        Runnable replace = () -> {
            if (previous != null) {
                release(previous);
            }
            hold(r);
        };
        if (connectorId == 0) {
            replace.run();
        } else {
            connectors.batch(connectorId, replace); // a replacement on the same connector does not flicker
        }
        store.put(NAMESPACE, Integer.toString(r.reservationId()), String.join("\u001f", Integer.toString(connectorId),
                r.idTag(), r.parentIdTag() == null ? "" : r.parentIdTag(), r.expiry().toString()));
        return ReservationStatus.ACCEPTED;
    }

    /** CancelReservation: whether a reservation of that id existed. */
    public boolean cancel(int reservationId) {
        Reservation r = byId.get(reservationId);
        if (r == null) {
            return false;
        }
        release(r);
        return true;
    }

    /**
     * Whether {@code idTag} (with {@code parent}) may start on {@code connectorId}, given the reservations:
     * the connector is not reserved for someone else, and a connector-0 reservation of someone else still
     * leaves a connector free.
     */
    public boolean allows(int connectorId, String idTag, String parent, IntPredicate busy) {
        Reservation here = onConnector(connectorId);
        if (here != null) {
            return here.matches(idTag, parent);
        }
        Reservation station = onConnector(0);
        return station == null || station.matches(idTag, parent) || freeConnectors(busy) > 1;
    }

    /** The reservation a transaction of {@code idTag} on {@code connectorId} consumes, removed; or {@code null}. */
    public Integer consume(int connectorId, String idTag, String parent) {
        for (Reservation r : Map.copyOf(byId).values()) {
            if ((r.connectorId() == connectorId || r.connectorId() == 0) && r.matches(idTag, parent)) {
                release(r);
                return r.reservationId();
            }
        }
        return null;
    }

    private Reservation onConnector(int connectorId) {
        for (Reservation r : byId.values()) {
            if (r.connectorId() == connectorId) {
                return r;
            }
        }
        return null;
    }

    /**
     * Why connector 0 cannot be reserved when no connector is free: the ReservationStatus values name the state of
     * the "connectors or specified connector"; Faulted or Unavailable when every connector is, else Occupied.
     */
    private ReservationStatus refusalOfStation() {
        Set<ChargePointStatus> states = EnumSet.noneOf(ChargePointStatus.class);
        for (int id = 1; id <= connectors.count(); id++) {
            states.add(connectors.status(id));
        }
        if (states.equals(Set.of(ChargePointStatus.FAULTED))) {
            return ReservationStatus.FAULTED;
        }
        return states.equals(Set.of(ChargePointStatus.UNAVAILABLE)) ? ReservationStatus.UNAVAILABLE
                : ReservationStatus.OCCUPIED;
    }

    private int freeConnectors(IntPredicate busy) {
        int free = 0;
        for (int id = 1; id <= connectors.count(); id++) {
            if (!busy.test(id) && onConnector(id) == null && connectors.status(id) == ChargePointStatus.AVAILABLE) {
                free++;
            }
        }
        return free;
    }

    private void hold(Reservation r) {
        byId.put(r.reservationId(), r);
        if (r.connectorId() != 0) {
            connectors.update(r.connectorId(), f -> f.withReserved(true));
        }
        long wait = Math.max(0, Duration.between(clock.now(), r.expiry()).toMillis());
        expiries.put(r.reservationId(), scheduler.schedule(() -> release(r), wait, TimeUnit.MILLISECONDS));
    }

    private void release(Reservation r) {
        if (byId.remove(r.reservationId()) == null) {
            return;
        }
        Disposable expiry = expiries.remove(r.reservationId());
        if (expiry != null) {
            expiry.dispose();
        }
        store.remove(NAMESPACE, Integer.toString(r.reservationId()));
        if (r.connectorId() != 0) {
            connectors.update(r.connectorId(), f -> f.withReserved(false));
        }
    }
}
