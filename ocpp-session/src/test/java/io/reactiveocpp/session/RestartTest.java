package io.reactiveocpp.session;

import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.session.queue.SqliteQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import io.reactiveocpp.session.testing.FakeTransport;
import io.reactiveocpp.session.testing.FakeTransport.FakeLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the SQLite store carries across a restart: queued messages, the transactionId binding, dead letters. */
class RestartTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path dir;

    /** One "process": a session on the database file, in virtual time. */
    private final class Run implements AutoCloseable {
        final VirtualTimeScheduler time = VirtualTimeScheduler.create();
        final FakeTransport transport = new FakeTransport();
        final StoreWriter store = StoreWriter.inline(SqliteQueueStore.open(dir.resolve("queue.db")));
        final OcppSession session;

        Run(int attempts) {
            session = OcppSession.builder(SessionConfig.builder("ws://backend.test", "CP-1").pingInterval(Duration.ZERO)
                    .transactionMessageAttempts(attempts).build(), store, time).transport(transport).build();
            session.start().block(WAIT);
            session.admit(true);
        }

        @Override
        public void close() {
            session.stop().block(WAIT);
            store.close();
            time.dispose();
        }
    }

    @Test
    void aStopQueuedAfterARestartCarriesTheTransactionIdAnsweredBeforeIt() {
        try (Run before = new Run(3)) {
            FakeLink link = before.transport.accept();
            before.session.enqueue(new TransactionMessage(5, new StartTransactionRequest(1, "TAG", 0, null, T0), false))
                    .block(WAIT);
            link.answer(link.nextCall(), "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":777}");
        }
        try (Run after = new Run(3)) {
            after.session.enqueue(new TransactionMessage(5, new StopTransactionRequest(null, 900, T0, 0, null, null), false))
                    .block(WAIT);
            FakeLink link = after.transport.accept();
            Call stop = link.nextCall();
            assertThat(((StopTransactionRequest) stop.payload()).transactionId()).isEqualTo(777);
            assertThat(link.quiet()).as("the answered StartTransaction is not sent again").isTrue();
        }
    }

    @Test
    void unsentMessagesAndDeadLettersSurviveARestart() {
        try (Run before = new Run(1)) {
            before.session.enqueue(new TransactionMessage(1, new StartTransactionRequest(1, "TAG", 0, null, T0), false))
                    .block(WAIT);
            before.session.enqueue(new TransactionMessage(2, new StartTransactionRequest(2, "TAG", 0, null, T0), false))
                    .block(WAIT);
            FakeLink link = before.transport.accept();
            link.reject(link.nextCall(), "InternalError"); // one attempt allowed: txRef 1 becomes a dead letter
        }
        try (Run after = new Run(1)) {
            List<DeadLetter> dead = after.session.deadLetters(10).block(WAIT);
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).txRef()).isEqualTo(1);
            assertThat(dead.get(0).reason()).contains("InternalError");
            assertThat(after.session.queueStates().blockFirst(WAIT).deadLetters()).isEqualTo(1);
            FakeLink link = after.transport.accept();
            assertThat(((StartTransactionRequest) link.nextCall().payload()).connectorId()).isEqualTo(2);
        }
    }
}
