package io.reactiveocpp.engine.transaction;

import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.ChargingProfile;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.engine.auth.Authorizer;
import io.reactiveocpp.engine.boot.Registration;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.connector.ConnectorFacts;
import io.reactiveocpp.engine.connector.Connectors;
import io.reactiveocpp.engine.hal.HardwareBridge;
import io.reactiveocpp.engine.smartcharging.ChargingProfiles;
import io.reactiveocpp.session.QueueState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How a charging session comes about and ends, from the driver's and the backend's actions: an idTag
 * presented (start after authorization, or stop by the same idTag or one with the same parent), the cable
 * plugged and unplugged, RemoteStartTransaction and RemoteStopTransaction. An authorization waits
 * {@code ConnectionTimeOut} seconds for the cable. The cable is locked before a transaction starts; a lock
 * that does not lock starts none (the HAL raises ConnectorLockFailure). No transaction starts while the
 * registration is Pending or Rejected, while the queue is full and {@code DisallowChargingIfQueueFull} is
 * on, or while the queue's disk is full (whatever that key says). Confined to the engine's scheduler.
 */
public final class ChargingFlow {

    private static final Logger LOG = LoggerFactory.getLogger(ChargingFlow.class);

    private final Connectors connectors;
    private final Transactions transactions;
    private final Authorizer authorizer;
    private final Configuration config;
    private final Registration registration;
    private final Scheduler scheduler;
    private final Map<Integer, Authorized> waiting = new HashMap<>();
    private final io.reactiveocpp.engine.reservation.Reservations reservations;
    private final HardwareBridge hardware;
    private final ChargingProfiles profiles;
    private QueueState queue;

    /** An authorization waiting for the cable, with the TxProfile of a RemoteStartTransaction (or {@code null}). */
    private record Authorized(String idTag, IdTagInfo info, ChargingProfile txProfile, Disposable timeout) {
    }

    public ChargingFlow(Connectors connectors, Transactions transactions, Authorizer authorizer, Configuration config,
                        Registration registration, Scheduler scheduler,
                        io.reactiveocpp.engine.reservation.Reservations reservations, HardwareBridge hardware,
                        ChargingProfiles profiles) {
        this.reservations = reservations;
        this.profiles = profiles;
        this.hardware = hardware;
        this.connectors = connectors;
        this.transactions = transactions;
        this.authorizer = authorizer;
        this.config = config;
        this.registration = registration;
        this.scheduler = scheduler;
    }

    /** The queue's latest state, for {@code DisallowChargingIfQueueFull}. */
    public void queue(QueueState state) {
        this.queue = state;
    }

    /** Why no transaction may start now, or {@code null} when one may. */
    public String refusal() {
        if (registration.state() == Registration.State.REJECTED || registration.state() == Registration.State.PENDING) {
            return "the backend has not accepted the registration";
        }
        if (queue != null && queue.diskFull()) {
            // the queue would refuse the StartTransaction anyway: no session is begun that could not be billed
            return "the disk of the OCPP message queue is full: only running transactions are finished";
        }
        if (queue != null && queue.full() && config.bool("DisallowChargingIfQueueFull")) {
            return "the OCPP message queue is full (DisallowChargingIfQueueFull)";
        }
        return null;
    }

    /** An idTag was presented at the reader. */
    public void idTagPresented(String idTag, Integer connectorId) {
        int running = transactions.connectorOf(idTag, null);
        if (running != 0) {
            transactions.stop(running, Reason.LOCAL, idTag);
            return;
        }
        // authorized even with every connector busy: its parentIdTag may stop a transaction (section 4.1, OCTT TC_069)
        authorizer.authorize(idTag).subscribe(info -> {
            if (info.status() != AuthorizationStatus.ACCEPTED) {
                LOG.info("idTag {} not authorized: {}", idTag, info.status().literal());
                return;
            }
            int sameParent = info.parentIdTag() == null ? 0 : transactions.connectorOf("\u0000", info.parentIdTag());
            if (sameParent != 0) {
                transactions.stop(sameParent, Reason.LOCAL, idTag);
                return;
            }
            int target = target(connectorId, idTag, info.parentIdTag());
            if (target == 0) {
                LOG.info("idTag {} authorized, but no connector is free", idTag);
                return;
            }
            authorized(target, idTag, info, null);
        });
    }

    /**
     * A contract authorized for the EV on {@code connectorId} by ISO 15118 Plug &amp; Charge, with its eMAID as
     * {@code idTag}: the transaction starts as after an accepted card. False (logged) when that connector cannot
     * take one now.
     */
    public boolean contractAuthorized(int connectorId, String idTag, IdTagInfo info) {
        String why = refusal();
        if (why != null || target(connectorId, idTag, info.parentIdTag()) == 0) {
            LOG.info("contract {} authorized, but connector {} takes no transaction now{}", idTag, connectorId,
                    why == null ? "" : ": " + why);
            return false;
        }
        authorized(connectorId, idTag, info, null);
        return true;
    }

    /**
     * RemoteStartTransaction: Accepted when a connector can take it; the start follows (after Authorize when
     * configured), and {@code txProfile} (a checked TxProfile, or {@code null}) is installed as it begins.
     */
    public boolean remoteStart(String idTag, Integer connectorId, ChargingProfile txProfile) {
        int target = target(connectorId, idTag, null);
        if (target == 0 || refusal() != null) {
            return false;
        }
        if (config.bool("AuthorizeRemoteTxRequests")) {
            authorizer.authorize(idTag).subscribe(info -> {
                if (info.status() == AuthorizationStatus.ACCEPTED) {
                    authorized(target, idTag, info, txProfile);
                }
            });
        } else {
            authorized(target, idTag, null, txProfile);
        }
        return true;
    }

    /** RemoteStopTransaction: Accepted when the transaction runs here. */
    public boolean remoteStop(int transactionId) {
        int connectorId = transactions.connectorOf(transactionId);
        if (connectorId == 0) {
            return false;
        }
        scheduler.schedule(() -> transactions.stop(connectorId, Reason.REMOTE, null));
        return true;
    }

    /** The cable was plugged in. */
    public void plugged(int connectorId) {
        Authorized authorized = waiting.remove(connectorId);
        if (authorized != null) {
            authorized.timeout().dispose();
            begin(connectorId, authorized);
        }
    }

    /** The cable was pulled. */
    public void unplugged(int connectorId) {
        if (transactions.active(connectorId) != null && config.bool("StopTransactionOnEVSideDisconnect")) {
            transactions.stop(connectorId, Reason.EV_DISCONNECTED, null);
        }
    }

    private void authorized(int connectorId, String idTag, IdTagInfo info, ChargingProfile txProfile) {
        Authorized previous = waiting.remove(connectorId);
        if (previous != null) {
            previous.timeout().dispose();
        }
        ConnectorFacts facts = connectors.facts(connectorId);
        if (facts.pilot().connected()) {
            begin(connectorId, new Authorized(idTag, info, txProfile, null));
            return;
        }
        long timeout = config.integer("ConnectionTimeOut");
        Disposable expiry = scheduler.schedule(() -> {
            waiting.remove(connectorId);
            connectors.update(connectorId, f -> f.withAuthorized(false));
            LOG.info("no cable within {} s (ConnectionTimeOut): the authorization of {} lapsed", timeout, idTag);
        }, timeout, TimeUnit.SECONDS);
        waiting.put(connectorId, new Authorized(idTag, info, txProfile, expiry));
        connectors.update(connectorId, f -> f.withAuthorized(true));
    }

    private void begin(int connectorId, Authorized authorized) {
        String why = refusal();
        if (why != null) {
            LOG.warn("not starting a transaction on connector {}: {}", connectorId, why);
            connectors.update(connectorId, f -> f.withAuthorized(false));
            return;
        }
        // OCTT TC_024: the cable is locked first; a lock that does not lock starts no transaction, gives no energy
        hardware.lock(connectorId).publishOn(scheduler).subscribe(null, error -> {
            LOG.error("the cable of connector {} did not lock: no transaction ({})", connectorId, error.getMessage());
            connectors.update(connectorId, f -> f.withAuthorized(false));
        }, () -> locked(connectorId, authorized));
    }

    private void locked(int connectorId, Authorized authorized) {
        if (!connectors.facts(connectorId).pilot().connected()) {
            LOG.info("the cable of connector {} was pulled while it locked: no transaction", connectorId);
            hardware.unlock(connectorId).subscribe(null, e -> { }); // a failure is the HAL's fault
            connectors.update(connectorId, f -> f.withAuthorized(false));
            return;
        }
        String parent = authorized.info() == null ? null : authorized.info().parentIdTag();
        Integer reservationId = reservations.consume(connectorId, authorized.idTag(), parent);
        // the TxProfile rides with the authorization: it lapses with it, and the begin installs it
        profiles.pendingTxProfile(connectorId, authorized.txProfile());
        boolean begun = transactions.begin(connectorId, authorized.idTag(), authorized.info(), reservationId);
        profiles.pendingTxProfile(connectorId, null);
        if (!begun) {
            connectors.update(connectorId, f -> f.withAuthorized(false));
        }
    }

    /** The given connector if it can take a transaction, else the first plugged one, else the first free one; 0 if none. */
    private int target(Integer connectorId, String idTag, String parent) {
        if (connectorId != null && connectorId > 0) {
            return connectors.exists(connectorId) && free(connectorId, idTag, parent) ? connectorId : 0;
        }
        for (int i = 1; i <= connectors.count(); i++) {
            if (free(i, idTag, parent) && connectors.facts(i).reserved()) {
                return i; // the connector reserved for this idTag first
            }
        }
        for (int i = 1; i <= connectors.count(); i++) {
            if (free(i, idTag, parent) && connectors.facts(i).pilot().connected()) {
                return i;
            }
        }
        for (int i = 1; i <= connectors.count(); i++) {
            if (free(i, idTag, parent)) {
                return i;
            }
        }
        return 0;
    }

    private boolean free(int connectorId, String idTag, String parent) {
        ConnectorFacts facts = connectors.facts(connectorId);
        return transactions.active(connectorId) == null && facts.operative() && facts.faults().isEmpty()
                && !"Unavailable".equals(facts.forced())
                && reservations.allows(connectorId, idTag, parent, id -> transactions.active(id) != null);
    }
}
