package io.reactiveocpp.engine.diagnostics;

import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.boot.Registration;
import io.reactiveocpp.engine.connector.Connectors;
import io.reactiveocpp.engine.transaction.ActiveTransaction;
import io.reactiveocpp.engine.transaction.Transactions;
import io.reactiveocpp.session.DeadLetter;
import io.reactiveocpp.session.QueueState;

import java.time.Instant;
import java.util.List;

/**
 * {@code status.txt} and {@code queue.txt} of a diagnostics archive: the registration, every connector's status and
 * facts and its running transaction; the durable queue's fill state and its dead letters (without payloads). The
 * status is read on the engine's scheduler.
 */
public final class StatusText {

    /** Dead letters listed in {@code queue.txt} at most. */
    static final int DEAD_LETTERS = 50;

    private final Registration registration;
    private final Connectors connectors;
    private final Transactions transactions;
    private final EngineClock clock;

    public StatusText(Registration registration, Connectors connectors, Transactions transactions, EngineClock clock) {
        this.registration = registration;
        this.connectors = connectors;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Signals a change of the station for the operator's live status ({@link Connectors#changes()}). */
    void changed() {
        connectors.changed(0);
    }

    /** The status now; call on the engine's scheduler. */
    String status() {
        StringBuilder text = new StringBuilder();
        text.append("time=").append(clock.now()).append('\n');
        text.append("registration=").append(registration.state()).append('\n');
        text.append("connector 0: ").append(status(0)).append('\n');
        for (int id = 1; id <= connectors.count(); id++) {
            text.append("connector ").append(id).append(": ").append(status(id))
                    .append(' ').append(connectors.facts(id)).append('\n');
            ActiveTransaction tx = transactions.active(id);
            if (tx != null) {
                text.append("  transaction txRef=").append(tx.txRef()).append(" transactionId=")
                        .append(tx.transactionId()).append(" idTag=").append(tx.idTag()).append(" started=")
                        .append(tx.startedAt()).append(" meterStartWh=").append(tx.meterStartWh())
                        .append(" lastMeterWh=").append(tx.lastMeterWh()).append('\n');
            }
        }
        return text.toString();
    }

    private String status(int connectorId) {
        var status = connectorId == 0 ? connectors.stationStatus() : connectors.status(connectorId);
        return status == null ? "unknown" : status.literal();
    }

    /** The queue's state and dead letters, oldest first. */
    static String queue(QueueState state, List<DeadLetter> deadLetters) {
        StringBuilder text = new StringBuilder();
        text.append("queue=").append(state == null ? "unknown" : state).append('\n');
        text.append("deadLetters (at most ").append(DEAD_LETTERS).append(")=").append(deadLetters.size()).append('\n');
        for (DeadLetter letter : deadLetters) {
            text.append("  seq=").append(letter.seq()).append(" txRef=").append(letter.txRef()).append(' ')
                    .append(letter.action().wireName()).append(" attempts=").append(letter.attempts())
                    .append(" queued=").append(Instant.ofEpochMilli(letter.createdAt()))
                    .append(" failed=").append(Instant.ofEpochMilli(letter.failedAt()))
                    .append(" reason=").append(letter.reason()).append('\n');
        }
        return text.toString();
    }
}
