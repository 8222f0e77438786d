package io.reactiveocpp.app;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.hal.sim.SimulatedStation;
import io.reactiveocpp.session.QueueState;
import io.reactiveocpp.session.queue.QueueStore;
import io.reactiveocpp.session.queue.SqliteQueueStore;
import io.reactiveocpp.session.queue.StoredMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A transaction the last process left running is closed at the next start with a StopTransaction of reason
 * PowerLoss, queued behind everything stored before it. {@link ChargePointRuntime#start} opens the session's
 * queue before the engine closes the transaction: the other way round, the session refused the StopTransaction
 * whenever the engine was quicker than the loading of the queue, and it was lost (found by
 * {@code ProcessEndToEndTest}'s kill scenario). A long backlog, as after a long time offline, makes the loading
 * slow, so that the old order fails here nearly every time.
 */
class RecoveryAtStartTest {

    private static final String UNREACHABLE = "ws://127.0.0.1:1";
    private static final int BACKLOG = 3000;
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void aTransactionLeftRunningIsClosedWithPowerLossBehindALongBacklog() {
        Settings settings = new Settings("CP-RECOVER", UNREACHABLE, dir, 0, "127.0.0.1", "sim", 1, null, "in-process",
                "reactive-ocpp", "test", Map.of("AllowOfflineTxForUnknownId", "true", "MessageQueueCapacity", "10000"),
                1, null);

        // a transaction starts offline, and the process goes away with it running
        ChargePointRuntime first = runtime(settings);
        try {
            first.start(Reason.POWER_LOSS);
            first.chargePoint().onScheduler(() -> true).block(WAIT); // after the engine's start: it hears the card
            SimulatedStation station = (SimulatedStation) first.station();
            station.plug(1);
            station.presentCard("CARD-1", 1);
            assertThat(depth(first, 2)).as("StartupOfTheDevice and the StartTransaction queued").isEqualTo(2);
        } finally {
            first.close();
        }

        // its MeterValues of a long time offline
        try (SqliteQueueStore queue = SqliteQueueStore.open(dir.resolve("queue.db"))) {
            QueueStore.Snapshot stored = queue.load();
            long txRef = stored.openTransactions().iterator().next();
            for (int n = 0; n < BACKLOG; n++) {
                queue.append(new StoredMessage(stored.nextSeq() + n, txRef, Action.METER_VALUES, "{\"connectorId\":1,"
                        + "\"meterValue\":[{\"timestamp\":\"2026-11-25T12:00:00Z\",\"sampledValue\":[{\"value\":\"" + n
                        + "\"}]}]}", false, 0, 0));
            }
            queue.commit();
        }

        ChargePointRuntime restarted = runtime(settings);
        try {
            restarted.start(Reason.POWER_LOSS);
            depth(restarted, BACKLOG + 4); // and the restart's StartupOfTheDevice and StopTransaction
        } finally {
            restarted.close();
        }
        try (SqliteQueueStore queue = SqliteQueueStore.open(dir.resolve("queue.db"))) {
            List<StoredMessage> all = queue.load().messages();
            assertThat(all).filteredOn(m -> m.action() == Action.SECURITY_EVENT_NOTIFICATION).as("one per start")
                    .hasSize(2);
            List<StoredMessage> messages = all.stream()
                    .filter(m -> m.action() != Action.SECURITY_EVENT_NOTIFICATION).toList();
            StoredMessage last = messages.get(messages.size() - 1);
            assertThat(last.action()).as("the last message queued").isEqualTo(Action.STOP_TRANSACTION);
            assertThat(last.payload()).contains("\"reason\":\"PowerLoss\"");
            assertThat(messages.size()).as("StartTransaction, the backlog, StopTransaction").isEqualTo(BACKLOG + 2);
        }
    }

    private static ChargePointRuntime runtime(Settings settings) {
        return new ChargePointRuntime(settings, UNREACHABLE, new SimpleMeterRegistry(), () -> { });
    }

    /** The queue depth once it reaches {@code expected} within {@link #WAIT}, else the last one seen. */
    private static int depth(ChargePointRuntime runtime, int expected) {
        QueueState[] last = {null};
        QueueState reached = runtime.session().queueStates().doOnNext(q -> last[0] = q)
                .filter(q -> q.depth() >= expected).next()
                .timeout(WAIT, Mono.empty()).block();
        return reached != null ? reached.depth() : last[0] == null ? 0 : last[0].depth();
    }
}
