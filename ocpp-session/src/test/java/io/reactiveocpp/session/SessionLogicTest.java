package io.reactiveocpp.session;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.message.core.AuthorizeRequest;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.HeartbeatRequest;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.core.ResetConfirmation;
import io.reactiveocpp.codec.message.core.ResetRequest;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StatusNotificationRequest;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.type.ChargePointErrorCode;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.codec.type.ResetStatus;
import io.reactiveocpp.codec.type.SampledValue;
import io.reactiveocpp.session.queue.MemoryQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import io.reactiveocpp.session.testing.FakeTransport;
import io.reactiveocpp.session.testing.FakeTransport.FakeLink;
import io.reactiveocpp.session.transport.LinkException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session's rules in virtual time, with an in-memory transport playing the backend: lane order,
 * the retry state machine, room and thinning, coalescing, reconnects, the watchdog, pings, key fallback.
 */
class SessionLogicTest {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final FakeTransport transport = new FakeTransport();
    private final AtomicInteger reboots = new AtomicInteger();
    private StoreWriter store;
    private OcppSession session;

    @BeforeEach
    void setUp() {
        store = StoreWriter.inline(new MemoryQueueStore()); // everything on the test thread
    }

    @AfterEach
    void tearDown() {
        session.stop().subscribe();
        store.close();
        time.dispose();
    }

    private SessionConfig.Builder config() {
        return SessionConfig.builder("ws://backend.test/ocpp", "CP-1")
                .pingInterval(Duration.ZERO)
                .reconnectMinDelay(Duration.ofSeconds(1))
                .reconnectMaxDelay(Duration.ofSeconds(8))
                .transactionMessageAttempts(3)
                .transactionMessageRetryInterval(Duration.ofSeconds(60));
    }

    private void start(SessionConfig config) {
        session = OcppSession.builder(config, store, time).transport(transport).random(new Random(7))
                .rebootHook(reboots::incrementAndGet).build();
        session.start().block(WAIT);
    }

    private FakeLink connected(SessionConfig config) {
        start(config);
        return transport.accept();
    }

    private <C extends Confirmation> CompletableFuture<C> call(Request<C> request) {
        return session.call(request).toFuture();
    }

    private void enqueue(long txRef, Request<?> request) {
        session.enqueue(new TransactionMessage(txRef, request, false)).block(WAIT);
    }

    private static StartTransactionRequest start(int meter) {
        return new StartTransactionRequest(1, "TAG-1", meter, null, T0);
    }

    private static MeterValuesRequest periodic(int wh) {
        return new MeterValuesRequest(1, 0, List.of(new MeterValue(T0, List.of(
                new SampledValue(Integer.toString(wh), ReadingContext.SAMPLE_PERIODIC, null, null, null, null, null)))));
    }

    private static StopTransactionRequest stop(int meter) {
        return new StopTransactionRequest(null, meter, T0, 0, null, null);
    }

    private static BootNotificationRequest boot() {
        return new BootNotificationRequest("ACME", "Wallbox", null, null, null, null, null, null, null);
    }

    private static final String BOOT_ACCEPTED = "{\"status\":\"Accepted\",\"currentTime\":\"2026-11-25T12:00:00Z\",\"interval\":300}";
    private static final String HEARTBEAT = "{\"currentTime\":\"2026-11-25T12:00:00Z\"}";

    @Test
    void bootIsSentFirstAndEverythingElseWaitsUntilAdmitted() {
        FakeLink link = connected(config().build());
        var heartbeat = call(HeartbeatRequest.INSTANCE);
        enqueue(1, start(100));
        var boot = call(boot());

        Call first = link.nextCall();
        assertThat(first.payload().action()).isEqualTo(Action.BOOT_NOTIFICATION);
        link.answer(first, BOOT_ACCEPTED);
        assertThat(boot).isCompleted();
        assertThat(link.quiet()).as("nothing but boot before the engine admits").isTrue();

        session.admit(true);
        Call second = link.nextCall();
        assertThat(second.payload().action()).as("transaction messages before the rest").isEqualTo(Action.START_TRANSACTION);
        assertThat(link.quiet()).as("one CALL in flight").isTrue();
        link.answer(second, "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":42}");
        Call third = link.nextCall();
        assertThat(third.payload().action()).isEqualTo(Action.HEARTBEAT);
        link.answer(third, HEARTBEAT);
        assertThat(heartbeat).isCompleted();
    }

    @Test
    void transactionMessagesQueuedBeforeTheStartAnswerGetItsTransactionId() {
        FakeLink link = connected(config().build());
        session.admit(true);
        enqueue(9, start(100));
        enqueue(9, periodic(150));
        enqueue(9, stop(200));

        link.answer(link.nextCall(), "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":4711}");
        Call meterValues = link.nextCall();
        assertThat(((MeterValuesRequest) meterValues.payload()).transactionId()).isEqualTo(4711);
        link.answer(meterValues, "{}");
        Call stop = link.nextCall();
        assertThat(((StopTransactionRequest) stop.payload()).transactionId()).isEqualTo(4711);
    }

    @Test
    void aCallErrorIsRetriedAfterIntervalTimesAttemptAndThenDeadLettered() {
        FakeLink link = connected(config().build());
        session.admit(true);
        var outcomes = session.transactionOutcomes().replay();
        outcomes.connect();
        enqueue(1, start(100));

        link.reject(link.nextCall(), "InternalError");
        time.advanceTimeBy(Duration.ofSeconds(59));
        assertThat(link.quiet()).as("first retry waits 1 x 60 s").isTrue();
        time.advanceTimeBy(Duration.ofSeconds(1));
        link.reject(link.nextCall(), "InternalError");
        time.advanceTimeBy(Duration.ofSeconds(119));
        assertThat(link.quiet()).as("second retry waits 2 x 60 s").isTrue();
        time.advanceTimeBy(Duration.ofSeconds(1));
        link.reject(link.nextCall(), "InternalError");

        TransactionOutcome outcome = outcomes.blockFirst(WAIT);
        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.failure()).contains("3 attempts");
        QueueState state = session.queueStates().blockFirst(WAIT);
        assertThat(state.deadLetters()).isEqualTo(1);
        assertThat(state.depth()).isZero();
        time.advanceTimeBy(Duration.ofMinutes(10));
        assertThat(link.quiet()).as("a dead letter is not sent again").isTrue();
    }

    @Test
    void timeOfflineConsumesNoAttempts() {
        FakeLink link = connected(config().transactionMessageAttempts(1).build());
        session.admit(true);
        enqueue(1, start(100));
        link.nextCall();
        link.drop();
        for (int i = 0; i < 5; i++) { // five outages in a row while the StartTransaction is in flight
            time.advanceTimeBy(Duration.ofSeconds(10));
            link = transport.accept();
            assertThat(link.nextCall().payload().action()).isEqualTo(Action.START_TRANSACTION);
            link.drop();
        }
        time.advanceTimeBy(Duration.ofSeconds(10));
        link = transport.accept();
        Call start = link.nextCall();
        link.answer(start, "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":1}");
        assertThat(session.queueStates().blockFirst(WAIT).deadLetters()).isZero();
    }

    @Test
    void transactionMeterValuesAreSentOnceWhenRetransmitMeterValuesIsOff() {
        FakeLink link = connected(config().retransmitMeterValues(false).build());
        session.admit(true);
        enqueue(1, start(100));
        link.answer(link.nextCall(), "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":1}");
        enqueue(1, periodic(150));
        enqueue(1, stop(200));
        link.reject(link.nextCall(), "InternalError");
        Call next = link.nextCall();
        assertThat(next.payload().action()).as("the MeterValues is not retried").isEqualTo(Action.STOP_TRANSACTION);
        link.reject(next, "InternalError");
        time.advanceTimeBy(Duration.ofSeconds(60));
        assertThat(link.nextCall().payload().action()).as("StopTransaction always is").isEqualTo(Action.STOP_TRANSACTION);
    }

    @Test
    void aFullQueueThinsPeriodicMeterValuesKeepingFirstAndLastAndAlwaysAdmitsTheStop() {
        start(config().messageQueueCapacity(10).build()); // offline: nothing leaves the queue
        enqueue(1, start(0));
        for (int wh = 1; wh <= 20; wh++) {
            enqueue(1, periodic(wh));
        }
        enqueue(1, stop(21));
        QueueState state = session.queueStates().blockFirst(WAIT);
        // Start + 8 MeterValues fill 9 slots with one reserved for the Stop; the other 12 each thinned one
        assertThat(state.depth()).isEqualTo(10);
        assertThat(state.thinned()).isEqualTo(12);

        FakeLink link = transport.accept();
        session.admit(true);
        link.answer(link.nextCall(), "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":1}");
        StringBuilder delivered = new StringBuilder();
        for (Call call = link.nextCall(); ; call = link.nextCall()) {
            if (call.payload() instanceof StopTransactionRequest) {
                break;
            }
            delivered.append(((MeterValuesRequest) call.payload()).meterValue().get(0).sampledValue().get(0).value()).append(' ');
            link.answer(call, "{}");
        }
        assertThat(delivered.toString()).startsWith("1 ").endsWith(" 20 ");
    }

    @Test
    void aStartIsRefusedWhenNoRoomCanBeMadeAndTheQueueReportsFull() {
        start(config().messageQueueCapacity(10).build());
        for (int tx = 1; tx <= 5; tx++) {
            enqueue(tx, start(0)); // 5 messages + 5 reserved Stops = 10 of 10
        }
        assertThat(session.queueStates().blockFirst(WAIT).full()).isTrue();
        var refused = session.enqueue(new TransactionMessage(6, start(0), false)).toFuture();
        assertThat(refused).isCompletedExceptionally();
        enqueue(1, stop(10)); // never refused
        assertThat(session.queueStates().blockFirst(WAIT).depth()).isEqualTo(6);
    }

    @Test
    void statusNotificationsWaitingOfflineAreCoalescedPerConnector() {
        start(config().build());
        session.admit(true);
        var first = call(status(1, ChargePointStatus.PREPARING));
        var second = call(status(1, ChargePointStatus.CHARGING));
        var other = call(status(2, ChargePointStatus.FAULTED));
        FakeLink link = transport.accept();
        Call a = link.nextCall();
        assertThat(((StatusNotificationRequest) a.payload()).status()).isEqualTo(ChargePointStatus.CHARGING);
        link.answer(a, "{}");
        assertThat(first).as("the replaced caller gets the answer of the one sent").isCompleted();
        assertThat(second).isCompleted();
        Call b = link.nextCall();
        assertThat(((StatusNotificationRequest) b.payload()).connectorId()).isEqualTo(2);
        link.answer(b, "{}");
        assertThat(other).isCompleted();
    }

    private static StatusNotificationRequest status(int connector, ChargePointStatus status) {
        return new StatusNotificationRequest(connector, ChargePointErrorCode.NO_ERROR, null, status, null, null, null);
    }

    @Test
    void authorizeFailsAtOnceWhileOfflineSoTheEngineCanUseItsLocalList() {
        start(config().build());
        session.admit(true);
        var authorize = call(new AuthorizeRequest("TAG-1"));
        assertThat(authorize).isCompletedExceptionally();
        assertThat(authorize.handle((v, e) -> e)).isCompletedWithValueMatching(e -> e instanceof CallException.Offline);
    }

    @Test
    void reconnectDelaysDoubleWithJitterUpToTheCapAlsoWhenTheFirstAttemptFails() {
        start(config().build());
        long[] maxDelays = {1000, 2000, 4000, 8000, 8000, 8000};
        for (long max : maxDelays) {
            transport.refuse(LinkException.Reason.NETWORK, "connection refused");
            time.advanceTimeBy(Duration.ofMillis(max / 2 - 1));
            assertThat(transport.waiting()).as("no retry before half the delay").isZero();
            time.advanceTimeBy(Duration.ofMillis(max / 2 + 1));
            assertThat(transport.waiting()).as("a retry by the full delay of " + max + " ms").isEqualTo(1);
        }
        assertThat(session.connectionStates().blockFirst(WAIT).phase()).isEqualTo(ConnectionState.Phase.CONNECTING);
    }

    @Test
    void theWatchdogAsksForARebootWhenTheBackendIsUnreachableForTcpWatchdogTimeout() {
        FakeLink link = connected(config().tcpWatchdogTimeout(Duration.ofMinutes(5)).build());
        time.advanceTimeBy(Duration.ofMinutes(10));
        assertThat(reboots).as("connected: no reboot").hasValue(0);
        link.drop();
        time.advanceTimeBy(Duration.ofSeconds(299));
        assertThat(reboots).hasValue(0);
        time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(reboots).hasValue(1);
    }

    @Test
    void aRefusedNewKeyFallsBackToThePreviousOne() {
        AuthorizationKey old = AuthorizationKey.fromText("old password");
        AuthorizationKey typo = AuthorizationKey.fromOcppHex("00112233445566778899aabbccddeeff");
        connected(config().authorizationKey(old).build());
        session.reconfigure(session.config().toBuilder().authorizationKey(typo).build());
        transport.refuse(LinkException.Reason.UNAUTHORIZED, "HTTP 401");
        time.advanceTimeBy(Duration.ofSeconds(1));
        transport.accept();
        assertThat(transport.attempts).containsExactly(old, typo, old);
        assertThat(session.config().authorizationKey()).isEqualTo(old);
    }

    @Test
    void aMissingPongClosesTheLinkAndAChangedIntervalAppliesWithoutReconnecting() {
        FakeLink link = connected(config().pingInterval(Duration.ofSeconds(30)).build());
        time.advanceTimeBy(Duration.ofSeconds(30));
        assertThat(link.pings).isEqualTo(1);
        link.pong();
        session.reconfigure(session.config().toBuilder().pingInterval(Duration.ofSeconds(10)).build());
        time.advanceTimeBy(Duration.ofSeconds(10));
        assertThat(link.pings).as("the new interval, same link").isEqualTo(2);
        assertThat(link.closed).isFalse();
        time.advanceTimeBy(Duration.ofSeconds(10)); // no pong came
        assertThat(link.closed).isTrue();
        assertThat(session.connectionStates().blockFirst(WAIT).cause()).contains("no pong");
    }

    @Test
    void aTimeoutOnASilentLinkReconnectsAndALateAnswerIsDropped() {
        FakeLink link = connected(config().responseTimeout(Duration.ofSeconds(30)).build());
        var boot = call(boot());
        Call sent = link.nextCall();
        time.advanceTimeBy(Duration.ofSeconds(30));
        assertThat(boot).isCompletedExceptionally();
        assertThat(link.closed).as("nothing came back at all: half-open").isTrue();

        FakeLink second = connectedAgain();
        var again = call(boot());
        Call retry = second.nextCall();
        second.answer(sent, BOOT_ACCEPTED); // the answer to the old id: late, dropped
        assertThat(again).isNotDone();
        second.answer(retry, BOOT_ACCEPTED);
        assertThat(again).isCompleted();
    }

    @Test
    void everyCallGetsItsFullResponseTimeoutAlsoRightAfterAnotherWasAnswered() {
        FakeLink link = connected(config().responseTimeout(Duration.ofSeconds(30)).build());
        var first = call(boot());
        Call firstSent = link.nextCall();
        time.advanceTimeBy(Duration.ofSeconds(20));
        link.answer(firstSent, BOOT_ACCEPTED);
        assertThat(first).isCompleted();

        var second = call(boot()); // sent at 20 s: due at 50 s, not when the first one's 30 s are over
        link.nextCall();
        time.advanceTimeBy(Duration.ofSeconds(29));
        assertThat(second).isNotDone();
        link.pong(); // the link is alive: the timeout fails the CALL only
        time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(second).isCompletedExceptionally();
        assertThat(link.closed).isFalse();

        // a shorter timeout set while a longer one runs applies to the next CALL at once
        var third = call(boot());
        Call thirdSent = link.nextCall();
        time.advanceTimeBy(Duration.ofSeconds(1));
        link.answer(thirdSent, BOOT_ACCEPTED);
        session.reconfigure(config().responseTimeout(Duration.ofSeconds(5)).build());
        var fourth = call(boot());
        link.nextCall();
        time.advanceTimeBy(Duration.ofSeconds(4));
        assertThat(fourth).isNotDone();
        link.pong();
        time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(fourth).isCompletedExceptionally();
        assertThat(third).isCompleted();
    }

    private FakeLink connectedAgain() {
        time.advanceTimeBy(Duration.ofSeconds(8));
        return transport.accept();
    }

    @Test
    void inboundCallsGetTheHandlersAnswerNotSupportedOrInternalError() {
        start(config().build());
        session.handle(ResetRequest.class, reset -> Mono.just(new ResetConfirmation(ResetStatus.ACCEPTED)));
        session.handle(io.reactiveocpp.codec.message.core.ClearCacheRequest.class, clear -> Mono.error(new IllegalStateException("disk full")));
        FakeLink link = transport.accept();
        link.receive("[2,\"r1\",\"Reset\",{\"type\":\"Soft\"}]");
        assertThat(link.nextText()).isEqualTo("[3,\"r1\",{\"status\":\"Accepted\"}]");
        link.receive("[2,\"r2\",\"UnlockConnector\",{\"connectorId\":1}]");
        assertThat(link.nextText()).startsWith("[4,\"r2\",\"NotSupported\"");
        link.receive("[2,\"r3\",\"ClearCache\",{}]");
        assertThat(link.nextText()).startsWith("[4,\"r3\",\"InternalError\"").contains("disk full");
        link.receive("[2,\"r4\",\"Fly\",{}]");
        assertThat(link.nextText()).startsWith("[4,\"r4\",\"NotImplemented\"");
        session.handle(io.reactiveocpp.codec.message.core.GetConfigurationRequest.class, get -> Mono.error(
                new CallRefused(io.reactiveocpp.codec.frame.ErrorCode.OCCURENCE_CONSTRAINT_VIOLATION, "key: too many")));
        link.receive("[2,\"r5\",\"GetConfiguration\",{\"key\":[\"A\"]}]");
        assertThat(link.nextText()).isEqualTo("[4,\"r5\",\"OccurenceConstraintViolation\",\"key: too many\",{}]");
    }
}
