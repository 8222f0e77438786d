package io.reactiveocpp.session.queue;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.session.CallException;
import io.reactiveocpp.session.QueueState;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.TransactionMessage;
import io.reactiveocpp.session.TransactionOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The transaction lane: durable, FIFO, bounded, with retries. Confined to the session's scheduler; the
 * store is written through a {@link StoreWriter}.
 *
 * <h2>Delivery of the head message (the retry state machine)</h2>
 * <pre>
 *  STORED ──(link up, slot free, admitted)──► IN FLIGHT ──CALLRESULT──► removed, outcome published
 *     ▲                                          │
 *     │ link dropped: no attempt consumed        ├─CALLERROR / response timeout──► attempts + 1
 *     └──────────────────────────────────────────┤     attempts &lt; max: WAITING attempts × RetryInterval, then STORED
 *                                                │     attempts = max: moved to the dead-letter store
 *                                                └─ unsigned MeterValues with RetransmitMeterValues=false: dropped after one send
 * </pre>
 * A message outside any transaction (SecurityEventNotification) takes its place in the same FIFO order, is
 * retried with {@code TransactionMessageAttempts} and needs a slot of its own; it is refused while the disk is full.
 * Max is {@code TransactionMessageAttempts}, or {@code EichrechtTransactionMessageAttempts} for a signed
 * (Eichrecht) message ({@link TransactionMessage#signed()}), which is never dropped after one send nor thinned.
 * Time offline consumes no attempts. Nothing is ever deleted silently: a message leaves the queue answered,
 * dead-lettered (kept and counted), thinned (counted) or, for non-retransmitted unsigned MeterValues and for a
 * message outside a transaction whose action the backend does not know, after its one send (logged, outcome).
 *
 * <h2>Room</h2>
 * {@code MessageQueueCapacity} bounds the stored messages. One slot per open transaction is reserved for
 * its StopTransaction, which is therefore always admitted. A StartTransaction needs room for itself and its
 * Stop; a MeterValues for itself. Without room, periodic unsigned MeterValues are thinned: a message is
 * removed only when the messages before and after it are thinnable MeterValues of the same transaction, so
 * the first and last of every run stay. If that does not make room, the message is refused with
 * {@link CallException.QueueFull}; {@link QueueState#full()} then tells the engine to start no charging.
 *
 * <h2>Memory</h2>
 * Only the head of the queue ({@value QueuedEntries#WINDOW} stored messages) and the messages being stored
 * are held in memory; the rest is read from the store in seq order as the head drains, and thinning
 * candidates are counted as the store marks them, so a queue of {@code MessageQueueCapacity} = 1,000,000
 * needs no more heap than a short one.
 *
 * <h2>A full disk</h2>
 * When the store's disk is full ({@link StoreWriter#diskFull()}; its reserve is then released), the queue
 * stores only what a transaction that started still needs: its StopTransaction, and one MeterValues that
 * is not thinnable (the final signed reading). A StartTransaction or any other MeterValues is refused with
 * {@link CallException.QueueFull} and {@link QueueState#diskFull()} (so {@code full()}) is set, until the
 * queue has drained and the store has its reserve back.
 */
public final class OutboundQueue {

    private static final Logger LOG = LoggerFactory.getLogger(OutboundQueue.class);

    private final StoreWriter writer;
    private final Scheduler scheduler;
    private final QueuedEntries entries;
    private final Map<Long, Integer> bindings;
    private final Reservations open;
    private final Sinks.Many<QueueState> states = Sinks.many().replay().latest();
    private final Sinks.Many<TransactionOutcome> outcomes = Sinks.many().multicast().directBestEffort(); // to the session
    private SessionConfig config;
    private Runnable onReady = () -> { };
    private long nextSeq;
    private long deadLetters;
    private long thinned;
    private long waitUntil;
    private Disposable wakeUp;
    private long oldestCreatedAt = -1;

    private OutboundQueue(StoreWriter writer, Scheduler scheduler, SessionConfig config, QueueStore.Summary summary) {
        this.writer = writer;
        this.scheduler = scheduler;
        this.config = config;
        this.bindings = new HashMap<>(summary.bindings());
        this.open = new Reservations(summary.openTransactions());
        this.nextSeq = summary.nextSeq();
        this.deadLetters = summary.deadLetters();
        this.entries = new QueuedEntries(summary, writer, scheduler, () -> onReady.run());
    }

    /** Reads the head of what the store holds; signals on {@code scheduler}. */
    public static Mono<OutboundQueue> open(StoreWriter writer, Scheduler scheduler, SessionConfig config) {
        return writer.read(store -> store.summary(QueuedEntries.WINDOW))
                .publishOn(scheduler)
                .map(summary -> {
                    OutboundQueue queue = new OutboundQueue(writer, scheduler, config, summary);
                    // a task per state rather than publishOn: no worker and queue per session for a rare event
                    writer.diskFull().subscribe(full -> scheduler.schedule(() -> queue.diskFull(full)));
                    writer.recheckWhileFull(scheduler);
                    queue.publishState();
                    if (summary.depth() > 0) {
                        LOG.info("{} transaction messages from before the restart are queued", summary.depth());
                    }
                    return queue;
                });
    }

    /** Called (on the scheduler) whenever the head may have become sendable. */
    public void onReady(Runnable onReady) {
        this.onReady = onReady;
    }

    public void reconfigure(SessionConfig config) {
        this.config = config;
        publishState();
    }

    public Flux<QueueState> states() {
        return states.asFlux();
    }

    public Flux<TransactionOutcome> outcomes() {
        return outcomes.asFlux();
    }

    /** Admits and stores a message; completes on the scheduler once it is durable. Call on the scheduler. */
    public Mono<Void> enqueue(TransactionMessage message) {
        Action action = message.request().action();
        if (!open.admits(message)) {
            writer.checkRoom(); // room may be back, with nothing written that would tell
            return Mono.error(new CallException.QueueFull(action, "the disk of the transaction message queue is full:"
                    + " only the StopTransaction and a final signed MeterValues of a running transaction are stored"));
        }
        if (!makeRoom(action)) {
            return Mono.error(new CallException.QueueFull(action, "the transaction message queue is full ("
                    + entries.size() + " of " + config.messageQueueCapacity() + ", " + open.reserved() + " reserved)"));
        }
        StoredMessage row = new StoredMessage(nextSeq++, message.txRef(), action, Payloads.write(message.request()),
                message.eichrecht(), 0, scheduler.now(TimeUnit.MILLISECONDS), message.thinnable());
        Entry entry = new Entry(row, message);
        entries.add(entry);
        open.queued(action, message.txRef());
        publishState();
        return writer.write(store -> store.append(row))
                .publishOn(scheduler)
                .doOnSuccess(v -> {
                    entries.stored(entry);
                    onReady.run();
                })
                .doOnError(e -> {
                    entries.notStored(entry);
                    open.notStored(action, message.txRef()); // a StartTransaction not stored holds no Stop slot
                    publishState();
                });
    }

    /** The message to send next, transactionId bound; {@code null} while storing, waiting to retry, or none. */
    public Entry head() {
        while (!entries.isEmpty()) {
            Entry head = entries.peek(); // null while it is being stored or read from the store
            if (head == null || scheduler.now(TimeUnit.MILLISECONDS) < waitUntil) {
                return null;
            }
            long txRef = head.row.txRef();
            if (head.row.action() == Action.START_TRANSACTION || txRef == TransactionMessage.NO_TRANSACTION) {
                return head; // nothing to bind
            }
            Integer transactionId = bindings.get(head.row.txRef());
            if (transactionId != null) {
                head.bound = Payloads.bind(head.message.request(), transactionId);
                return head;
            }
            // the StartTransaction ahead of it never got a transactionId (it is a dead letter)
            deadLetter(head, "its StartTransaction (txRef " + head.row.txRef() + ") was never accepted by the backend");
        }
        return null;
    }

    /** The head was answered. */
    public void delivered(Entry entry, Confirmation confirmation) {
        entries.remove(entry);
        Integer transactionId = null;
        if (confirmation instanceof StartTransactionConfirmation) {
            transactionId = ((StartTransactionConfirmation) confirmation).transactionId();
            bindings.put(entry.row.txRef(), transactionId);
        }
        Integer binding = transactionId;
        writer.writeLater(store -> store.delivered(entry.row.seq(), entry.row.txRef(), binding));
        if (entry.row.action() == Action.STOP_TRANSACTION) {
            bindings.remove(entry.row.txRef());
        }
        if (entry.row.txRef() != TransactionMessage.NO_TRANSACTION) { // a delivered security event: nothing to tell
            outcomes.tryEmitNext(new TransactionOutcome(entry.row.seq(), entry.sent(), confirmation, null));
        }
        publishState();
    }

    /**
     * The head got a CALLERROR or no answer in time while connected: one attempt is consumed. A message outside a
     * transaction whose action the backend does not know ({@code unknownAction}: a backend without the security
     * extension) is removed at once: retries cannot help, and dead letters, one per boot, would pile up.
     */
    public void failed(Entry entry, String reason, boolean unknownAction) {
        int attempts = entry.row.attempts() + 1;
        entry.row = entry.row.withAttempts(attempts);
        boolean unsupported = unknownAction && entry.row.txRef() == TransactionMessage.NO_TRANSACTION;
        // signed (Eichrecht) readings are evidence for the bill: retried like Start/Stop, whatever the setting
        boolean sentOnce = entry.row.action() == Action.METER_VALUES && !config.retransmitMeterValues() && !entry.signed;
        if (unsupported || sentOnce) {
            entries.remove(entry);
            writer.writeLater(store -> store.drop(entry.row.seq()));
            String outcome = unsupported ? "the backend does not support it, removed: " + reason
                    : "sent once without retransmission (RetransmitMeterValues=false): " + reason;
            if (unsupported) {
                LOG.warn("{} seq {}: {}", entry.row.action().wireName(), entry.row.seq(), outcome);
            }
            outcomes.tryEmitNext(new TransactionOutcome(entry.row.seq(), entry.sent(), null, outcome));
            publishState();
            return;
        }
        int max = entry.signed ? config.eichrechtTransactionMessageAttempts() : config.transactionMessageAttempts();
        if (attempts >= max) {
            deadLetter(entry, "no success after " + attempts + " attempts, last: " + reason);
            return;
        }
        writer.writeLater(store -> store.attempted(entry.row.seq(), attempts));
        Duration wait = config.transactionMessageRetryInterval().multipliedBy(attempts);
        LOG.warn("{} seq {} failed (attempt {} of {}): {}; retrying in {} s", entry.row.action().wireName(),
                entry.row.seq(), attempts, max, reason, wait.toSeconds());
        waitUntil = scheduler.now(TimeUnit.MILLISECONDS) + wait.toMillis();
        if (wakeUp != null) {
            wakeUp.dispose();
        }
        wakeUp = scheduler.schedule(() -> onReady.run(), wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Whether a message is still being stored (they are stored in order: one writer, batches committed first come
     * first): other CALLs wait meanwhile, so that what the engine did in order reaches the backend in order (a
     * StopTransaction before the status change it caused).
     */
    public boolean storing() {
        return entries.storing();
    }

    /** The number of stored messages. */
    public int depth() {
        return entries.size();
    }

    /** The messages held in memory: at most {@value QueuedEntries#WINDOW} stored ones and those being stored. */
    public int materialized() {
        return entries.materialized();
    }

    private void diskFull(boolean full) {
        if (open.diskFull(full)) {
            publishState();
        }
    }

    private void deadLetter(Entry entry, String reason) {
        LOG.error("{} seq {} (txRef {}) moved to the dead-letter store: {}", entry.row.action().wireName(),
                entry.row.seq(), entry.row.txRef(), reason);
        entries.remove(entry);
        deadLetters++;
        long now = scheduler.now(TimeUnit.MILLISECONDS);
        writer.writeLater(store -> store.deadLetter(entry.row.seq(), now, reason));
        outcomes.tryEmitNext(new TransactionOutcome(entry.row.seq(), entry.sent(), null, reason));
        publishState();
    }

    private boolean makeRoom(Action action) {
        if (action == Action.STOP_TRANSACTION) {
            return true;
        }
        int needed = action == Action.START_TRANSACTION ? 2 : 1;
        while (entries.size() + open.reserved() + needed > config.messageQueueCapacity()) {
            // one periodic MeterValues from the middle of a run, the first in queue order
            if (!entries.thinOne(this::notThinned)) {
                return false;
            }
            thinned++;
        }
        return true;
    }

    private void notThinned() {
        thinned--;
        publishState();
    }

    private void publishState() {
        long now = scheduler.now(TimeUnit.MILLISECONDS);
        long created = entries.oldestCreatedAt();
        oldestCreatedAt = entries.isEmpty() ? -1 : created >= 0 ? created : oldestCreatedAt; // paged out: the last seen
        Duration oldest = oldestCreatedAt < 0 ? Duration.ZERO : Duration.ofMillis(now - oldestCreatedAt);
        boolean full = entries.size() + open.reserved() + 2 > config.messageQueueCapacity() && entries.thinnable() == 0;
        states.tryEmitNext(new QueueState(entries.size(), config.messageQueueCapacity(), open.reserved(),
                full || open.diskFull(), oldest, deadLetters, thinned, open.diskFull()));
    }

    /** A queued message and what the session needs to send it. */
    public static final class Entry {
        StoredMessage row;
        final TransactionMessage message;
        final boolean thinnable;
        final boolean signed;
        boolean persisted;
        boolean candidate;
        Request<?> bound;

        Entry(StoredMessage row, TransactionMessage message) {
            this.row = row;
            this.message = message;
            this.thinnable = message.thinnable();
            this.signed = message.signed();
        }

        /** An entry read back from the store. */
        static Entry stored(QueueStore.Queued queued) {
            StoredMessage row = queued.message();
            Request<?> request = Payloads.read(row.action(), row.payload());
            Entry entry = new Entry(row, new TransactionMessage(row.txRef(), request, row.eichrecht()));
            entry.persisted = true;
            entry.candidate = queued.candidate();
            return entry;
        }

        /** The request to send: with the backend's transactionId bound. */
        public Request<?> request() {
            return bound != null ? bound : message.request();
        }

        public long seq() {
            return row.seq();
        }

        TransactionMessage sent() {
            return new TransactionMessage(message.txRef(), request(), message.eichrecht());
        }
    }
}
