package io.reactiveocpp.engine.transaction;

import io.reactiveocpp.engine.Events;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.connector.Connectors;
import io.reactiveocpp.engine.metering.Sampler;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.hal.ChargingStation;
import io.reactiveocpp.hal.ConnectorHardware;
import io.reactiveocpp.hal.EnergyMeter;
import io.reactiveocpp.hal.MeterReading;
import io.reactiveocpp.hal.SignedReading;
import io.reactiveocpp.codec.type.Location;
import io.reactiveocpp.codec.type.Measurand;
import io.reactiveocpp.codec.type.SampledValue;
import io.reactiveocpp.codec.type.UnitOfMeasure;
import io.reactiveocpp.codec.type.ValueFormat;
import io.reactiveocpp.session.OcppClient;
import io.reactiveocpp.session.TransactionMessage;
import io.reactiveocpp.session.TransactionOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts and stops transactions (OCPP 1.6 sections 4.8, 4.10, 5.11, 5.12): energizes the connector (and after a
 * normal stop switches it off and unlocks the cable), queues
 * StartTransaction / MeterValues / StopTransaction durably with the transaction's {@code txRef} (the
 * session binds the backend's transactionId), samples MeterValues every {@code MeterValueSampleInterval},
 * persists the running transaction with its last meter reading, and after a restart closes what was left
 * running with reason PowerLoss (or the reason of the reset that caused the restart). Confined to the
 * engine's scheduler.
 */
public final class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    private static final String NAMESPACE = "tx";
    private static final String COUNTER = "engine";

    private final OcppClient client;
    private final ChargingStation station;
    private final Connectors connectors;
    private final Configuration config;
    private final EngineStore store;
    private final Scheduler scheduler;
    private final EngineClock clock;
    private final double maxCurrent;
    private final Map<Integer, ActiveTransaction> active = new HashMap<>();
    private final Map<Integer, MeterValue> begin = new HashMap<>();
    private final Map<Integer, MeterValue> signedBegin = new HashMap<>();
    private final java.util.Set<Integer> invalidated = new java.util.HashSet<>();
    private final Map<Integer, Disposable> sampling = new HashMap<>();
    private final MeterReading[] latest;
    private long nextTxRef;
    private java.util.function.IntConsumer onEnded = id -> { };
    private java.util.function.BiConsumer<ActiveTransaction, StopTransactionRequest> onStopQueued = (tx, stop) -> { };

    public Transactions(OcppClient client, ChargingStation station, Connectors connectors, Configuration config,
                        EngineStore store, Scheduler scheduler, EngineClock clock, double maxCurrent) {
        this.client = client;
        this.station = station;
        this.connectors = connectors;
        this.config = config;
        this.store = store;
        this.scheduler = scheduler;
        this.clock = clock;
        this.maxCurrent = maxCurrent;
        this.latest = new MeterReading[connectors.count() + 1];
        this.nextTxRef = Long.parseLong(store.load(COUNTER).getOrDefault("nextTxRef", "1"));
    }

    /** Called with the connector id whenever a transaction ends (a scheduled ChangeAvailability applies then). */
    public void onEnded(java.util.function.IntConsumer listener) {
        this.onEnded = listener;
    }

    /**
     * Called on the engine's scheduler with each ended transaction once its StopTransaction is stored in the
     * queue, also for one closed after a restart (the tariff and total usage DataTransfer follows it).
     */
    public void onStopQueued(java.util.function.BiConsumer<ActiveTransaction, StopTransactionRequest> listener) {
        this.onStopQueued = listener;
    }

    /**
     * TriggerMessage MeterValues: a sample with context Trigger of {@code MeterValuesSampledData}; part of the
     * transaction (queued durably) when one runs, else a plain MeterValues of the connector.
     */
    public void trigger(int connectorId) {
        MeterValue value = sample(connectorId, "MeterValuesSampledData", ReadingContext.TRIGGER, clock.now());
        if (value != null) {
            send(connectorId, value, "triggered");
        }
    }

    /**
     * A clock-aligned sample (context Sample.Clock, {@code MeterValuesAlignedData}) of every connector: part of
     * the transaction where one runs, else a plain MeterValues of the connector.
     */
    public void aligned(java.time.Instant at) {
        for (int id = 1; id < latest.length; id++) {
            MeterValue value = sample(id, "MeterValuesAlignedData", ReadingContext.SAMPLE_CLOCK, at);
            if (value != null) {
                send(id, value, "aligned");
            }
        }
    }

    /** A sample outside the periodic ones: queued with the transaction when one runs, else a plain CALL. */
    private void send(int connectorId, MeterValue value, String what) {
        ActiveTransaction tx = active.get(connectorId);
        if (tx != null) {
            client.enqueue(new TransactionMessage(tx.txRef(), new MeterValuesRequest(connectorId,
                    tx.boundId(), List.of(value)), eichrecht()))
                    .subscribe(null, e -> LOG.warn("{} MeterValues not queued: {}", what, e.getMessage()));
        } else {
            client.call(new MeterValuesRequest(connectorId, null, List.of(value)))
                    .subscribe(null, e -> LOG.debug("{} MeterValues not delivered: {}", what, e.getMessage()));
        }
    }

    /** Follows answers to the queued messages and the sample interval; call once. */
    public void start() {
        client.transactionOutcomes().publishOn(scheduler, Events.PREFETCH).subscribe(this::onOutcome);
        config.onChange("MeterValueSampleInterval"::equals, scheduler, k -> {
            for (int connectorId : List.copyOf(active.keySet())) {
                Disposable timer = sampling.remove(connectorId);
                if (timer != null) {
                    timer.dispose();
                }
                schedulePeriodic(connectorId);
            }
        });
    }

    private void schedulePeriodic(int connectorId) {
        int every = config.integer("MeterValueSampleInterval");
        if (every > 0) {
            sampling.put(connectorId, scheduler.schedulePeriodically(() -> samplePeriodic(connectorId),
                    every, every, TimeUnit.SECONDS));
        }
    }

    /**
     * Closes transactions left running by the last process (found in the store): StopTransaction with
     * {@code reason}, the last persisted meter reading and its time.
     */
    public void recover(Reason reason) {
        for (String text : store.load(NAMESPACE).values()) {
            ActiveTransaction tx = ActiveTransaction.parse(text);
            LOG.warn("closing transaction txRef {} on connector {} left running before the restart ({})", tx.txRef(),
                    tx.connectorId(), reason.literal());
            enqueue(tx, new StopTransactionRequest(null, (int) tx.lastMeterWh(), tx.lastSeen(),
                    tx.boundId(), reason, null)); // the record goes once the stop is stored
        }
    }

    public ActiveTransaction active(int connectorId) {
        return active.get(connectorId);
    }

    /** The connector whose transaction the backend knows by {@code transactionId}, or 0. */
    public int connectorOf(int transactionId) {
        for (ActiveTransaction tx : active.values()) {
            if (tx.transactionId() != null && tx.transactionId() == transactionId) {
                return tx.connectorId();
            }
        }
        return 0;
    }

    /** The connector with a transaction of this idTag or of an idTag with the same parent, or 0. */
    public int connectorOf(String idTag, String parentIdTag) {
        for (ActiveTransaction tx : active.values()) {
            if (tx.idTag().equals(idTag) || parentIdTag != null && parentIdTag.equals(tx.parentIdTag())) {
                return tx.connectorId();
            }
        }
        return 0;
    }

    /** The latest reading of a connector's meter. */
    public void reading(int connectorId, MeterReading reading) {
        latest[connectorId] = reading;
        if (invalidated.contains(connectorId)) {
            limitInvalidated(connectorId);
        }
    }

    /**
     * {@code MaxEnergyOnInvalidId}: the backend invalidated the idTag after the start and the transaction is
     * kept ({@code StopTransactionOnInvalidId} off): energy stops (SuspendedEVSE) once this much was delivered.
     */
    private void limitInvalidated(int connectorId) {
        ActiveTransaction tx = active.get(connectorId);
        if (tx == null) {
            return;
        }
        if (energy(connectorId) - tx.meterStartWh() >= config.integer("MaxEnergyOnInvalidId")) {
            invalidated.remove(connectorId);
            LOG.info("MaxEnergyOnInvalidId reached on connector {}: no more energy", connectorId);
            connectors.update(connectorId, f -> f.withOffered(0));
            station.connector(connectorId).pilot().offer(0).subscribe(null, e -> LOG.error("offer 0 failed", e));
        }
    }

    public MeterReading latest(int connectorId) {
        return latest[connectorId];
    }

    /**
     * Starts a transaction for an authorized idTag on a plugged connector; false when it cannot start (one
     * runs already, or Eichrecht is on and the meter cannot sign).
     */
    public boolean begin(int connectorId, String idTag, IdTagInfo info, Integer reservationId) {
        if (active.containsKey(connectorId)) {
            return false;
        }
        EnergyMeter meter = station.connector(connectorId).meter();
        if (eichrecht() && !meter.canSign()) {
            LOG.error("EichrechtEnabled, but the meter of connector {} cannot sign: no transaction", connectorId);
            return false;
        }
        long txRef = nextTxRef++;
        store.put(COUNTER, "nextTxRef", Long.toString(nextTxRef));
        long meterStart = energy(connectorId);
        ActiveTransaction tx = new ActiveTransaction(connectorId, txRef, idTag, info == null ? null : info.parentIdTag(),
                meterStart, clock.now(), null, meterStart, clock.now(), reservationId);
        active.put(connectorId, tx);
        persist(tx);
        MeterValue first = sample(connectorId, "StopTxnSampledData", ReadingContext.TRANSACTION_BEGIN, clock.now());
        if (first != null) {
            begin.put(connectorId, first);
        }
        client.enqueue(new TransactionMessage(txRef, new StartTransactionRequest(connectorId, idTag, (int) meterStart,
                        reservationId, tx.startedAt()), eichrecht()))
                .publishOn(scheduler)
                .subscribe(null, error -> {
                    LOG.error("StartTransaction on connector {} could not be queued: {}", connectorId, error.getMessage());
                    end(connectorId);
                    store.remove(NAMESPACE, Integer.toString(connectorId)); // nothing of it was stored
                }, () -> {
                    ActiveTransaction running = active.get(connectorId);
                    if (running != null && running.txRef() == txRef) {
                        energize(connectorId);
                    }
                });
        // the transaction runs from here: its status is asked for after the StartTransaction was handed to the
        // session, which sends no CALL ahead of a transaction message it is storing; current is offered at
        // once, but the contactor closes only once the StartTransaction is stored (above), so that no energy
        // flows for a transaction that could be lost
        connectors.update(connectorId, f -> f.withTransaction(true).withAuthorized(false).withReserved(false)
                .withOffered(maxCurrent));
        schedulePeriodic(connectorId);
        if (eichrecht()) {
            // the signed Transaction.Begin reading: its own MeterValues now, and again in StopTransaction
            meter.signedReading().publishOn(scheduler).subscribe(signed -> {
                MeterValue value = signedValue(signed, ReadingContext.TRANSACTION_BEGIN);
                ActiveTransaction running = active.get(connectorId);
                if (running != null && running.txRef() == txRef) { // not a later transaction's begin reading
                    signedBegin.put(connectorId, value);
                    client.enqueue(new TransactionMessage(txRef, new MeterValuesRequest(connectorId, 0, List.of(value)), true))
                            .subscribe(null, e -> LOG.error("signed Transaction.Begin not queued: {}", e.getMessage()));
                }
            }, error -> {
                ActiveTransaction running = active.get(connectorId);
                if (running != null && running.txRef() == txRef) {
                    LOG.error("the meter of connector {} did not sign the begin reading: stopping ({})", connectorId,
                            error.getMessage());
                    stop(connectorId, Reason.OTHER, null);
                }
            });
        }
        return true;
    }

    private MeterValue signedValue(SignedReading signed, ReadingContext context) {
        return new MeterValue(signed.timestamp(), List.of(new SampledValue(signed.data(), context, ValueFormat.SIGNED_DATA,
                Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, null, Location.OUTLET, UnitOfMeasure.WH)));
    }

    /** Stops the transaction on a connector with {@code reason}; {@code idTag} is who stopped it, if anyone. */
    public void stop(int connectorId, Reason reason, String idTag) {
        ActiveTransaction tx = active.get(connectorId);
        if (tx == null) {
            return;
        }
        List<MeterValue> data = new ArrayList<>();
        MeterValue first = begin.get(connectorId);
        if (first != null) {
            data.add(first);
        }
        MeterValue last = sample(connectorId, "StopTxnSampledData", ReadingContext.TRANSACTION_END, clock.now());
        if (last != null) {
            data.add(last);
        }
        int meterStop = (int) energy(connectorId);
        java.time.Instant at = clock.now();
        MeterValue signedStart = signedBegin.remove(connectorId);
        if (eichrecht()) {
            // the StopTransaction waits for the meter's signed Transaction.End reading
            station.connector(connectorId).meter().signedReading().publishOn(scheduler)
                    .map(signed -> signedValue(signed, ReadingContext.TRANSACTION_END))
                    .map(java.util.Optional::of)
                    .defaultIfEmpty(java.util.Optional.empty())
                    .onErrorResume(e -> {
                        LOG.error("the meter did not sign the end reading of txRef {}: {}", tx.txRef(), e.getMessage());
                        return reactor.core.publisher.Mono.just(java.util.Optional.empty());
                    })
                    .subscribe(signedEnd -> {
                        List<MeterValue> all = new ArrayList<>();
                        if (signedStart != null) {
                            all.add(signedStart);
                        }
                        all.addAll(data);
                        signedEnd.ifPresent(all::add);
                        enqueue(tx, new StopTransactionRequest(idTag, meterStop, at,
                                tx.boundId(), reason, all.isEmpty() ? null : all));
                    });
        } else {
            enqueue(tx, new StopTransactionRequest(idTag, meterStop, at,
                    tx.boundId(), reason, data.isEmpty() ? null : data));
        }
        end(connectorId);
        // section 4.10: a normal termination unlocks the cable; after EVDisconnected the key
        // UnlockConnectorOnEVSideDisconnect decides (HardwareBridge), after UnlockCommand the handler unlocks
        deenergize(connectorId, reason != Reason.EV_DISCONNECTED && reason != Reason.UNLOCK_COMMAND);
    }

    private void end(int connectorId) {
        active.remove(connectorId);
        begin.remove(connectorId);
        invalidated.remove(connectorId); // MaxEnergyOnInvalidId bound that transaction only
        Disposable timer = sampling.remove(connectorId);
        if (timer != null) {
            timer.dispose();
        }
        connectors.update(connectorId, f -> f.withTransaction(false));
        onEnded.accept(connectorId);
    }

    private void onOutcome(TransactionOutcome outcome) {
        if (!(outcome.confirmation() instanceof StartTransactionConfirmation)) {
            return;
        }
        StartTransactionConfirmation answer = (StartTransactionConfirmation) outcome.confirmation();
        for (ActiveTransaction tx : List.copyOf(active.values())) {
            if (tx.txRef() != outcome.message().txRef()) {
                continue;
            }
            ActiveTransaction bound = tx.withTransactionId(answer.transactionId());
            active.put(tx.connectorId(), bound);
            persist(bound);
            if (answer.idTagInfo().status() != AuthorizationStatus.ACCEPTED) {
                if (config.bool("StopTransactionOnInvalidId")) {
                    LOG.info("the backend answered StartTransaction with {}: stopping (StopTransactionOnInvalidId)",
                            answer.idTagInfo().status().literal());
                    stop(tx.connectorId(), Reason.DE_AUTHORIZED, null);
                } else {
                    invalidated.add(tx.connectorId());
                    limitInvalidated(tx.connectorId());
                }
            }
        }
    }

    private void samplePeriodic(int connectorId) {
        ActiveTransaction tx = active.get(connectorId);
        if (tx == null) {
            return;
        }
        MeterValue value = sample(connectorId, "MeterValuesSampledData", ReadingContext.SAMPLE_PERIODIC, clock.now());
        if (value != null) {
            client.enqueue(new TransactionMessage(tx.txRef(), new MeterValuesRequest(connectorId,
                            tx.boundId(), List.of(value)), eichrecht()))
                    .subscribe(null, e -> LOG.warn("MeterValues of connector {} not queued: {}", connectorId, e.getMessage()));
        }
        ActiveTransaction seen = tx.withLastMeter(energy(connectorId), clock.now());
        active.put(connectorId, seen);
        persist(seen);
    }

    private MeterValue sample(int connectorId, String key, ReadingContext context, java.time.Instant at) {
        MeterReading reading = latest[connectorId];
        if (reading == null) {
            return null;
        }
        List<String> measurands = config.list(key);
        return measurands.isEmpty() ? null
                : Sampler.sample(reading, measurands, context, connectors.facts(connectorId).offered(), at);
    }

    /**
     * Queues a StopTransaction; the transaction's persisted record is removed only once the stop is stored, so
     * that a crash in between (or a stop the queue could not store) leaves it to {@link #recover} at the next
     * start rather than losing the transaction. A newer transaction on the connector keeps its own record.
     */
    private void enqueue(ActiveTransaction tx, StopTransactionRequest stop) {
        client.enqueue(new TransactionMessage(tx.txRef(), stop, eichrecht()))
                .publishOn(scheduler)
                .subscribe(null, e -> LOG.error("StopTransaction of txRef {} could not be queued: {}; kept for the"
                        + " recovery at the next start", tx.txRef(), e.getMessage()), () -> {
                    if (!active.containsKey(tx.connectorId())) {
                        store.remove(NAMESPACE, Integer.toString(tx.connectorId()));
                    }
                    onStopQueued.accept(tx, stop);
                });
    }

    private void energize(int connectorId) {
        ConnectorHardware hardware = station.connector(connectorId);
        hardware.relay().close()
                .then(hardware.pilot().offer(maxCurrent))
                .publishOn(scheduler)
                .subscribe(null, error -> {
                    LOG.error("connector {} could not be energized: {}", connectorId, error.getMessage());
                    connectors.update(connectorId, f -> f.withOffered(0)); // SuspendedEVSE
                }, () -> connectors.update(connectorId, f -> f.withRelayClosed(true)));
    }

    /** Switches the connector off, then unlocks its cable if {@code unlock} (once no current can flow). */
    private void deenergize(int connectorId, boolean unlock) {
        ConnectorHardware hardware = station.connector(connectorId);
        connectors.update(connectorId, f -> f.withOffered(0));
        hardware.pilot().offer(0)
                .then(hardware.relay().open())
                .publishOn(scheduler)
                .subscribe(null, error -> LOG.error("connector {} could not be switched off: {}", connectorId,
                        error.getMessage()), () -> {
                    connectors.update(connectorId, f -> f.withRelayClosed(false));
                    if (unlock) {
                        hardware.lock().unlock().subscribe(null, e -> LOG.error("the cable of connector {} did not "
                                + "unlock: {}", connectorId, e.getMessage()));
                    }
                });
    }

    private long energy(int connectorId) {
        MeterReading reading = latest[connectorId];
        return reading == null ? 0 : Math.round(reading.energyImportWh());
    }

    private boolean eichrecht() {
        return config.bool("EichrechtEnabled");
    }

    private void persist(ActiveTransaction tx) {
        store.put(NAMESPACE, Integer.toString(tx.connectorId()), tx.format());
    }
}
