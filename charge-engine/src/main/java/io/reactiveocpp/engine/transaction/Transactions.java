package io.reactiveocpp.engine.transaction;

import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.Events;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.connector.Connectors;
import io.reactiveocpp.engine.hal.HardwareBridge;
import io.reactiveocpp.engine.metering.MeterReadings;
import io.reactiveocpp.engine.metering.OnDemandSamples;
import io.reactiveocpp.engine.metering.PeriodicSampling;
import io.reactiveocpp.engine.smartcharging.TransactionStart;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.session.OcppClient;
import io.reactiveocpp.session.TransactionMessage;
import io.reactiveocpp.session.TransactionOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.scheduler.Scheduler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/**
 * Starts and stops transactions (OCPP 1.6 sections 4.8, 4.10, 5.11, 5.12), one {@link RunningTransaction} per
 * connector: energizes the connector (and after a normal stop switches it off and unlocks the cable), queues
 * StartTransaction / MeterValues / StopTransaction durably with the transaction's {@code txRef} (the session
 * binds the backend's transactionId), and after a restart closes what was left running with reason PowerLoss
 * (or the reason of the reset that caused the restart). Confined to the engine's scheduler.
 */
public final class Transactions implements OnDemandSamples.Destination {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    private final OcppClient client;
    private final HardwareBridge hardware;
    private final Connectors connectors;
    private final MeterReadings readings;
    private final PeriodicSampling sampling;
    private final Configuration config;
    private final TransactionJournal journal;
    private final Scheduler scheduler;
    private final EngineClock clock;
    private final RunningTransaction.Parts parts;
    private final Map<Integer, RunningTransaction> running = new HashMap<>();
    private IntConsumer onEnded = id -> { };
    private Started onStarted = (id, tx) -> { };
    private BiConsumer<ActiveTransaction, StopTransactionRequest> onStopQueued = (tx, stop) -> { };

    public Transactions(OcppClient client, HardwareBridge hardware, Connectors connectors, MeterReadings readings,
                        PeriodicSampling sampling, Configuration config, EngineStore store, Scheduler scheduler,
                        EngineClock clock) {
        this.client = client;
        this.hardware = hardware;
        this.connectors = connectors;
        this.readings = readings;
        this.sampling = sampling;
        this.config = config;
        this.journal = new TransactionJournal(store);
        this.scheduler = scheduler;
        this.clock = clock;
        this.parts = new RunningTransaction.Parts(client, readings, hardware, config, journal, clock);
    }

    /** What hears of a transaction's begin. */
    @FunctionalInterface
    public interface Started {
        /** A transaction began on {@code connectorId}; its transactionId is {@code null} until the backend answers. */
        void started(int connectorId, TransactionStart tx);
    }

    /**
     * Adds a listener called with the connector id whenever a transaction ends (a scheduled ChangeAvailability
     * applies then, TxProfiles end).
     */
    public void onEnded(IntConsumer listener) {
        this.onEnded = onEnded.andThen(listener);
    }

    /**
     * Adds a listener called when a transaction begins, before current is offered for it (a RemoteStartTransaction's
     * TxProfile is installed then).
     */
    public void onStarted(Started listener) {
        Started previous = onStarted;
        this.onStarted = (id, tx) -> {
            previous.started(id, tx);
            listener.started(id, tx);
        };
    }

    /**
     * Called on the engine's scheduler with each ended transaction once its StopTransaction is stored in the
     * queue, also for one closed after a restart (the tariff and total usage DataTransfer follows it).
     */
    public void onStopQueued(BiConsumer<ActiveTransaction, StopTransactionRequest> listener) {
        this.onStopQueued = listener;
    }

    /** Follows answers to the queued messages and the meter's readings; call once. */
    public void start() {
        client.transactionOutcomes().subscribe(Events.on(scheduler, this::onOutcome));
        readings.onReading(id -> {
            RunningTransaction tx = running.get(id);
            if (tx != null) {
                tx.checkAllowance();
            }
        });
    }

    /**
     * Closes transactions left running by the last process (found in the store): StopTransaction with
     * {@code reason}, the last persisted meter reading and its time.
     */
    public void recover(Reason reason) {
        for (ActiveTransaction tx : journal.recorded()) {
            LOG.warn("closing transaction txRef {} on connector {} left running before the restart ({})", tx.txRef(),
                    tx.connectorId(), reason.literal());
            queueStop(tx, RunningTransaction.leftRunning(tx, reason)); // the record goes once the stop is stored
        }
    }

    /** The transaction running on a connector, or {@code null}. */
    public ActiveTransaction active(int connectorId) {
        RunningTransaction tx = running.get(connectorId);
        return tx == null ? null : tx.record();
    }

    /** The transaction running on a connector as charging profiles see it, or {@code null}. */
    public TransactionStart started(int connectorId) {
        ActiveTransaction tx = active(connectorId);
        return tx == null ? null : new TransactionStart(tx.transactionId(), tx.startedAt());
    }

    /** The connector whose transaction the backend knows by {@code transactionId}, or 0. */
    public int connectorOf(int transactionId) {
        for (RunningTransaction tx : running.values()) {
            Integer id = tx.record().transactionId();
            if (id != null && id == transactionId) {
                return tx.record().connectorId();
            }
        }
        return 0;
    }

    /** The connector with a transaction of this idTag or of an idTag with the same parent, or 0. */
    public int connectorOf(String idTag, String parentIdTag) {
        for (RunningTransaction running : running.values()) {
            ActiveTransaction tx = running.record();
            if (tx.idTag().equals(idTag) || parentIdTag != null && parentIdTag.equals(tx.parentIdTag())) {
                return tx.connectorId();
            }
        }
        return 0;
    }

    /**
     * Starts a transaction for an authorized idTag on a plugged connector; false when it cannot start (one
     * runs already, or Eichrecht is on and the meter cannot sign).
     */
    public boolean begin(int connectorId, String idTag, IdTagInfo info, Integer reservationId) {
        if (running.containsKey(connectorId)) {
            return false;
        }
        boolean eichrecht = config.bool("EichrechtEnabled");
        if (eichrecht && !hardware.canSign(connectorId)) {
            LOG.error("EichrechtEnabled, but the meter of connector {} cannot sign: no transaction", connectorId);
            return false;
        }
        long meterStart = readings.energyWh(connectorId);
        RunningTransaction tx = new RunningTransaction(parts, new ActiveTransaction(connectorId, journal.nextTxRef(),
                idTag, info == null ? null : info.parentIdTag(), meterStart, clock.now(), null, meterStart, clock.now(),
                reservationId));
        running.put(connectorId, tx);
        onStarted.started(connectorId, started(connectorId));
        tx.queueStart()
                .publishOn(scheduler)
                .subscribe(null, error -> {
                    LOG.error("StartTransaction on connector {} could not be queued: {}", connectorId, error.getMessage());
                    if (running.get(connectorId) == tx) {
                        end(connectorId);
                    }
                    if (!running.containsKey(connectorId)) {
                        journal.remove(connectorId); // nothing of it was stored
                    }
                }, () -> {
                    if (!tx.closed()) {
                        hardware.energize(connectorId);
                    }
                });
        // the transaction runs from here: its status is asked for after the StartTransaction was handed to the
        // session, which sends no CALL ahead of a transaction message it is storing; current is offered at
        // once, but the contactor closes only once the StartTransaction is stored (above), so that no energy
        // flows for a transaction that could be lost
        double offer = hardware.offer(connectorId);
        connectors.update(connectorId, f -> f.withTransaction(true).withAuthorized(false).withReserved(false)
                .withOffered(offer));
        tx.sampleWith(sampling.every(connectorId, tx::samplePeriodic));
        if (eichrecht) {
            tx.signBegin(() -> stop(connectorId, Reason.OTHER, null));
        }
        return true;
    }

    /** Stops the transaction on a connector with {@code reason}; {@code idTag} is who stopped it, if anyone. */
    public void stop(int connectorId, Reason reason, String idTag) {
        RunningTransaction tx = running.get(connectorId);
        if (tx == null) {
            return;
        }
        ActiveTransaction record = tx.record();
        tx.stopRequest(reason, idTag).subscribe(stop -> queueStop(record, stop));
        end(connectorId);
        // section 4.10: a normal termination unlocks the cable; after EVDisconnected the key
        // UnlockConnectorOnEVSideDisconnect decides (HardwareEvents), after UnlockCommand the handler unlocks
        hardware.deenergize(connectorId, reason != Reason.EV_DISCONNECTED && reason != Reason.UNLOCK_COMMAND);
    }

    /** A sample outside the periodic ones: queued with the transaction when one runs; false when none runs. */
    @Override
    public boolean intoTransaction(int connectorId, MeterValue value, String what) {
        RunningTransaction tx = running.get(connectorId);
        if (tx != null) {
            tx.queueSample(value, what);
        }
        return tx != null;
    }

    private void end(int connectorId) {
        running.remove(connectorId).close();
        connectors.update(connectorId, f -> f.withTransaction(false));
        // what bound the offer of this transaction only (MaxEnergyOnInvalidId) goes with it
        hardware.offerInputs(connectorId, inputs -> inputs.afterTransaction());
        onEnded.accept(connectorId);
    }

    private void onOutcome(TransactionOutcome outcome) {
        if (!(outcome.confirmation() instanceof StartTransactionConfirmation answer)) {
            return;
        }
        for (RunningTransaction tx : List.copyOf(running.values())) {
            if (!tx.is(outcome.message().txRef())) {
                continue;
            }
            tx.bound(answer.transactionId());
            connectors.changed(tx.record().connectorId()); // the status shows the transactionId now
            if (answer.idTagInfo().status() != AuthorizationStatus.ACCEPTED) {
                if (config.bool("StopTransactionOnInvalidId")) {
                    LOG.info("the backend answered StartTransaction with {}: stopping (StopTransactionOnInvalidId)",
                            answer.idTagInfo().status().literal());
                    stop(tx.record().connectorId(), Reason.DE_AUTHORIZED, null);
                } else {
                    tx.invalidated();
                }
            }
        }
    }

    /**
     * Queues a StopTransaction; the transaction's persisted record is removed only once the stop is stored, so
     * that a crash in between (or a stop the queue could not store) leaves it to {@link #recover} at the next
     * start rather than losing the transaction. A newer transaction on the connector keeps its own record.
     */
    private void queueStop(ActiveTransaction tx, StopTransactionRequest stop) {
        client.enqueue(new TransactionMessage(tx.txRef(), stop, config.bool("EichrechtEnabled")))
                .publishOn(scheduler)
                .subscribe(null, e -> LOG.error("StopTransaction of txRef {} could not be queued: {}; kept for the"
                        + " recovery at the next start", tx.txRef(), e.getMessage()), () -> {
                    if (!running.containsKey(tx.connectorId())) {
                        journal.remove(tx.connectorId());
                    }
                    onStopQueued.accept(tx, stop);
                });
    }
}
