package io.reactiveocpp.session;

import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.message.security.SecurityEventNotificationRequest;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SecurityEventNotification (delivery class DURABLE) rides the durable queue outside any transaction: stored on
 * disk while offline, sent in FIFO order with the transaction messages once the link is up, also after a restart
 * over the same SQLite file, retried like them, and not sent again once answered.
 */
class SecurityEventQueueTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path dir;

    /** One "process": a session on the database file, in virtual time, not yet connected. */
    private final class Run implements AutoCloseable {
        final VirtualTimeScheduler time = VirtualTimeScheduler.create();
        final FakeTransport transport = new FakeTransport();
        final StoreWriter store = StoreWriter.inline(SqliteQueueStore.open(dir.resolve("queue.db")));
        final OcppSession session;

        Run() {
            session = OcppSession.builder(SessionConfig.builder("ws://backend.test", "CP-1").pingInterval(Duration.ZERO)
                    .transactionMessageAttempts(3).transactionMessageRetryInterval(Duration.ofSeconds(10)).build(),
                    store, time).transport(transport).build();
            session.start().block(WAIT);
            session.admit(true);
        }

        void event(String type) {
            session.enqueue(TransactionMessage.outsideTransaction(new SecurityEventNotificationRequest(type, T0, null)))
                    .block(WAIT);
        }

        @Override
        public void close() {
            session.stop().block(WAIT);
            store.close();
            time.dispose();
        }
    }

    private static String type(Call call) {
        assertThat(call.payload()).isInstanceOf(SecurityEventNotificationRequest.class);
        return ((SecurityEventNotificationRequest) call.payload()).type();
    }

    @Test
    void anEventRaisedOfflineIsSentOnceTheLinkIsUpInOrderWithTransactionMessages() {
        try (Run run = new Run()) {
            run.event("StartupOfTheDevice");
            run.session.enqueue(new TransactionMessage(7, new StartTransactionRequest(1, "TAG", 0, null, T0), false))
                    .block(WAIT);
            run.event("ResetOrReboot");
            FakeLink link = run.transport.accept();
            Call first = link.nextCall();
            assertThat(type(first)).isEqualTo("StartupOfTheDevice");
            assertThat(link.quiet()).as("one CALL in flight").isTrue();
            link.answer(first, "{}");
            Call start = link.nextCall();
            assertThat(start.payload()).isInstanceOf(StartTransactionRequest.class);
            link.answer(start, "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":5}");
            Call last = link.nextCall();
            assertThat(type(last)).isEqualTo("ResetOrReboot");
            link.answer(last, "{}");
            assertThat(link.quiet()).isTrue();
            assertThat(run.session.queueStates().blockFirst(WAIT).depth()).isZero();
        }
    }

    @Test
    void anEventStoredBeforeARestartIsDeliveredAfterItAndAnAnsweredOneIsNotSentAgain() {
        try (Run before = new Run()) {
            before.event("FirmwareUpdated");
            before.event("SecurityLogWasCleared");
            FakeLink link = before.transport.accept();
            link.answer(link.nextCall(), "{}"); // FirmwareUpdated acknowledged
            link.nextCall(); // SecurityLogWasCleared in flight when the process dies: at least once
        }
        try (Run after = new Run()) {
            after.event("StartupOfTheDevice");
            FakeLink link = after.transport.accept();
            Call first = link.nextCall();
            assertThat(type(first)).isEqualTo("SecurityLogWasCleared");
            link.answer(first, "{}");
            Call second = link.nextCall();
            assertThat(type(second)).isEqualTo("StartupOfTheDevice");
            link.answer(second, "{}");
            assertThat(link.quiet()).as("the acknowledged FirmwareUpdated is not sent again").isTrue();
        }
        try (Run third = new Run()) {
            FakeLink link = third.transport.accept();
            assertThat(link.quiet()).as("nothing left after everything was answered").isTrue();
        }
    }

    @Test
    void aRejectedEventIsRetriedAfterTheRetryIntervalAndDeadLetteredAfterItsAttempts() {
        try (Run run = new Run()) {
            run.event("TamperDetectionActivated");
            FakeLink link = run.transport.accept();
            link.reject(link.nextCall(), "InternalError");
            run.time.advanceTimeBy(Duration.ofSeconds(10).minusMillis(1));
            assertThat(link.quiet()).as("not before 1 × 10 s").isTrue();
            run.time.advanceTimeBy(Duration.ofMillis(1));
            link.reject(link.nextCall(), "InternalError");
            run.time.advanceTimeBy(Duration.ofSeconds(20).minusMillis(1));
            assertThat(link.quiet()).as("not before 2 × 10 s").isTrue();
            run.time.advanceTimeBy(Duration.ofMillis(1));
            link.reject(link.nextCall(), "InternalError");
            List<DeadLetter> dead = run.session.deadLetters(10).block(WAIT);
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).txRef()).isEqualTo(TransactionMessage.NO_TRANSACTION);
            assertThat(dead.get(0).payload()).contains("TamperDetectionActivated");
        }
    }

    @Test
    void anEventTheBackendDoesNotKnowIsRemovedAtOnceWithItsOutcomeAndHoldsUpNoTransactionMessage() {
        try (Run run = new Run()) {
            var outcomes = run.session.transactionOutcomes().replay().autoConnect(0);
            run.event("StartupOfTheDevice");
            run.session.enqueue(new TransactionMessage(7, new StartTransactionRequest(1, "TAG", 0, null, T0), false))
                    .block(WAIT);
            FakeLink link = run.transport.accept();
            link.reject(link.nextCall(), "NotImplemented"); // a backend without the security extension
            Call start = link.nextCall();
            assertThat(start.payload()).as("at once, not after a retry interval")
                    .isInstanceOf(StartTransactionRequest.class);
            assertThat(outcomes.blockFirst(WAIT).failure()).contains("does not support");
            assertThat(run.session.deadLetters(10).block(WAIT)).as("no dead letter per boot").isEmpty();
            link.answer(start, "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":5}");
            run.time.advanceTimeBy(Duration.ofMinutes(5));
            assertThat(link.quiet()).as("not sent again").isTrue();
        }
    }

    @Test
    void aSecurityEventCannotBeSentPastTheQueueNorTiedToATransaction() {
        try (Run run = new Run()) {
            assertThatThrownBy(() -> run.session.call(new SecurityEventNotificationRequest("ResetOrReboot", T0, null))
                    .block(WAIT)).hasMessageContaining("enqueue()");
        }
        assertThatThrownBy(() -> new TransactionMessage(3, new SecurityEventNotificationRequest("X", T0, null), false))
                .hasMessageContaining("txRef 3").hasMessageContaining("belongs to no transaction");
        assertThatThrownBy(() -> new TransactionMessage(TransactionMessage.NO_TRANSACTION,
                new StopTransactionRequest(null, 0, T0, 0, null, null), false))
                .hasMessageContaining("txRef 0").hasMessageContaining("needs the txRef");
    }
}
