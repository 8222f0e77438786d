package io.reactiveocpp.session;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reactiveocpp.codec.OcppCodec;
import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.frame.CallResult;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.core.HeartbeatConfirmation;
import io.reactiveocpp.codec.message.core.HeartbeatRequest;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.session.queue.MemoryQueueStore;
import io.reactiveocpp.session.queue.OutboundQueue;
import io.reactiveocpp.session.queue.StoreWriter;
import io.reactiveocpp.session.reconnect.LinkSupervisor;
import io.reactiveocpp.session.reconnect.StallGuard;
import io.reactiveocpp.session.rpc.InboundWindow;
import io.reactiveocpp.session.testing.FakeTransport;
import io.reactiveocpp.session.testing.FakeTransport.FakeLink;
import io.reactiveocpp.session.transport.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbound pump with a real supervisor, correlator and memory queue in virtual time (no inbound side: the test
 * plays the answers into the correlator): when the next CALL leaves, and what a dropped link does to the waiting.
 */
class OutboundPumpTest {

    private static final Confirmation HEARTBEAT = new HeartbeatConfirmation(Instant.parse("2026-12-04T12:00:00Z"));

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final FakeTransport transport = new FakeTransport();
    private final StoreWriter store = StoreWriter.inline(new MemoryQueueStore());
    private final SessionConfig config = SessionConfig.builder("ws://backend.test/ocpp", "CP-1")
            .pingInterval(Duration.ZERO).responseTimeout(Duration.ofSeconds(30)).build();
    private final OutboundPump[] pump = new OutboundPump[1];
    private final LinkSupervisor supervisor = new LinkSupervisor(config, transport, time, new Random(1), () -> { },
            StallGuard.ownTimers(),
            new LinkSupervisor.Owner() {
                public void linkUp(Link link) { }
                public void linkReady() { pump[0].linkUp(); }
                public void linkDown(Link link) { pump[0].linkDown(); }
                public InboundWindow inbound() { return null; }
                public void connectAttempt(String outcome) { }
            });
    private FakeLink link;
    private OutboundQueue queue;

    @BeforeEach
    void setUp() {
        pump[0] = new OutboundPump(OcppCodec.forChargePoint(), time,
                new SessionMetrics(new SimpleMeterRegistry(), "CP-1"), supervisor, StallGuard.ownTimers());
        queue = OutboundQueue.open(store, time, config).block();
        pump[0].open(queue);
        pump[0].admit(true);
        supervisor.start();
        link = transport.accept();
    }

    @AfterEach
    void tearDown() {
        supervisor.stop(pump[0]::stop).subscribe();
        store.close();
        time.dispose();
    }

    private CompletableFuture<Confirmation> heartbeat() {
        return Mono.<Confirmation>create(sink -> pump[0].offer(new OutboundLanes.Waiting(HeartbeatRequest.INSTANCE, sink)))
                .toFuture();
    }

    @Test
    void theNextCallLeavesWhenTheOneInFlightIsAnsweredOrTimedOutNotBefore() {
        var first = heartbeat();
        var second = heartbeat();
        var third = heartbeat();
        Call sent = link.nextCall();
        assertThat(link.quiet()).as("one CALL in flight").isTrue();
        time.advanceTimeBy(Duration.ofSeconds(5));
        pump[0].correlator().answer(new CallResult(sent.messageId(), HEARTBEAT));
        assertThat(first).isCompleted();

        link.nextCall(); // the second, at 5 s
        pump[0].correlator().heard(); // the link is alive: a timeout fails the CALL only
        time.advanceTimeBy(Duration.ofMillis(29_999));
        assertThat(link.quiet()).isTrue();
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(second).isCompletedExceptionally();
        assertThat(link.nextCall().payload().action()).as("the third, at 35 s").isEqualTo(Action.HEARTBEAT);
        assertThat(third).isNotDone();
    }

    @Test
    void aLinkThatIsNotWritableHoldsTheNextCallUntilItIs() {
        link.writable(false);
        var hb = heartbeat();
        assertThat(link.quiet()).isTrue();
        link.writable(true);
        assertThat(link.quiet()).as("the session's writability listener pumps, not the link").isTrue();
        pump[0].pump();
        Call sent = link.nextCall();
        pump[0].correlator().answer(new CallResult(sent.messageId(), HEARTBEAT));
        assertThat(hb).isCompleted();
    }

    @Test
    void aDroppedLinkFailsTheCallerInFlightButKeepsTheQueuedMessageForTheNextLink() {
        var hb = heartbeat();
        link.nextCall();
        queue.enqueue(new TransactionMessage(1, new StartTransactionRequest(1, "TAG-1", 0, null, Instant.EPOCH), false))
                .block();
        supervisor.linkDown(link, "connection reset");
        assertThat(hb.handle((v, e) -> e)).isCompletedWithValueMatching(e -> e instanceof CallException.Offline);

        time.advanceTimeBy(Duration.ofSeconds(2)); // the first retry is due within 1 s
        FakeLink again = transport.accept();
        Call start = again.nextCall();
        assertThat(start.payload().action()).isEqualTo(Action.START_TRANSACTION);
        supervisor.linkDown(again, "connection reset"); // in flight this time: it stays at the head
        time.advanceTimeBy(Duration.ofSeconds(3));
        FakeLink third = transport.accept();
        assertThat(third.nextCall().payload().action()).isEqualTo(Action.START_TRANSACTION);
        assertThat(queue.head()).isNotNull();
    }
}
