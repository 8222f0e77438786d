package io.reactiveocpp.session.rpc;

import io.reactiveocpp.codec.DecodeResult;
import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.frame.CallError;
import io.reactiveocpp.codec.frame.CallResult;
import io.reactiveocpp.codec.frame.ErrorCode;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.core.HeartbeatConfirmation;
import io.reactiveocpp.session.CallException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The correlator alone, in virtual time: when a CALL times out, what is late, what is half-open. */
class CallCorrelatorTest {

    private static final Confirmation HEARTBEAT = new HeartbeatConfirmation(Instant.parse("2026-12-04T12:00:00Z"));

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    /** Every outcome in order, as "answered <token> <round trip>", "failed <token> <outcome> <exception>", ... */
    private final List<String> events = new ArrayList<>();
    private final CallCorrelator<String> correlator = new CallCorrelator<>(time, new CallCorrelator.Outcomes<>() {
        @Override
        public void answered(CallCorrelator.InFlight<String> call, Confirmation confirmation, Duration roundTrip) {
            events.add("answered " + call.token() + " " + roundTrip.toMillis() + " ms at " + now());
        }

        @Override
        public void failed(CallCorrelator.InFlight<String> call, CallException failure, String outcome) {
            events.add("failed " + call.token() + " " + outcome + " " + failure.getClass().getSimpleName() + " at " + now());
        }

        @Override
        public void late(String messageId) {
            events.add("late " + messageId + " at " + now());
        }

        @Override
        public void silent(CallCorrelator.InFlight<String> call) {
            events.add("silent " + call.token() + " at " + now());
        }
    });

    @AfterEach
    void tearDown() {
        time.dispose();
    }

    private long now() {
        return time.now(java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Test
    void aCallTimesOutExactlyAtItsResponseTimeoutAndOnASilentLinkIsReportedHalfOpen() {
        correlator.sent("m1", Action.HEARTBEAT, "hb", Duration.ofSeconds(30));
        time.advanceTimeBy(Duration.ofMillis(29_999));
        assertThat(events).isEmpty();
        assertThat(correlator.idle()).isFalse();

        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(events).containsExactly("failed hb timeout TimedOut at 30000", "silent hb at 30000");
        assertThat(correlator.idle()).isTrue();
    }

    @Test
    void aTimeoutAfterAnyFrameArrivedFailsTheCallButLeavesTheLinkAlone() {
        correlator.sent("m1", Action.HEARTBEAT, "hb", Duration.ofSeconds(30));
        time.advanceTimeBy(Duration.ofSeconds(10));
        correlator.heard(); // a pong, or any other frame
        time.advanceTimeBy(Duration.ofSeconds(20));
        assertThat(events).containsExactly("failed hb timeout TimedOut at 30000");
    }

    @Test
    void anAnswerAfterTheTimeoutIsLateAndDroppedAndAnUnknownIdToo() {
        correlator.sent("m1", Action.HEARTBEAT, "hb", Duration.ofSeconds(30));
        time.advanceTimeBy(Duration.ofSeconds(31));
        correlator.answer(new CallResult("m1", HEARTBEAT));
        correlator.sent("m2", Action.HEARTBEAT, "hb2", Duration.ofSeconds(30));
        correlator.answer(new CallResult("other", HEARTBEAT));
        assertThat(events).containsExactly("failed hb timeout TimedOut at 30000", "silent hb at 30000",
                "late m1 at 31000", "late other at 31000");
        assertThat(correlator.pendingAction("m2")).as("still waiting for m2").isEqualTo(Action.HEARTBEAT);
    }

    @Test
    void anAnswerCompletesTheCallWithItsRoundTripAndItsTimerNeverFires() {
        correlator.sent("m1", Action.HEARTBEAT, "hb", Duration.ofSeconds(30));
        time.advanceTimeBy(Duration.ofSeconds(12));
        correlator.answer(new CallResult("m1", HEARTBEAT));
        time.advanceTimeBy(Duration.ofMinutes(5));
        assertThat(events).containsExactly("answered hb 12000 ms at 12000");
    }

    @Test
    void everyCallGetsItsOwnFullTimeoutFromOneTimerAlsoWhenTheNextIsShorter() {
        correlator.sent("m1", Action.HEARTBEAT, "a", Duration.ofSeconds(30));
        time.advanceTimeBy(Duration.ofSeconds(20));
        correlator.answer(new CallResult("m1", HEARTBEAT));
        correlator.sent("m2", Action.HEARTBEAT, "b", Duration.ofSeconds(30)); // due at 50 s, not 30 s
        correlator.heard();
        time.advanceTimeBy(Duration.ofMillis(29_999));
        assertThat(events).containsExactly("answered a 20000 ms at 20000");
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(events).last().isEqualTo("failed b timeout TimedOut at 50000");

        correlator.sent("m3", Action.HEARTBEAT, "c", Duration.ofSeconds(30));
        time.advanceTimeBy(Duration.ofSeconds(1));
        correlator.answer(new CallResult("m3", HEARTBEAT));
        correlator.sent("m4", Action.HEARTBEAT, "d", Duration.ofSeconds(5)); // shorter: due at 56 s, not 80 s
        correlator.heard();
        time.advanceTimeBy(Duration.ofMillis(4_999));
        assertThat(events).last().isEqualTo("answered c 1000 ms at 51000");
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(events).last().isEqualTo("failed d timeout TimedOut at 56000");
    }

    @Test
    void aCallErrorOrAnInvalidAnswerFailsTheCallAsRejected() {
        correlator.sent("m1", Action.HEARTBEAT, "a", Duration.ofSeconds(30));
        correlator.answer(CallError.of("m1", ErrorCode.INTERNAL_ERROR, "oops"));
        correlator.sent("m2", Action.HEARTBEAT, "b", Duration.ofSeconds(30));
        correlator.malformed(new DecodeResult.Malformed(CallResult.TYPE_ID, "m2", ErrorCode.FORMATION_VIOLATION,
                "currentTime: required"));
        correlator.malformed(new DecodeResult.Malformed(CallResult.TYPE_ID, "m9", ErrorCode.FORMATION_VIOLATION,
                "currentTime: required"));
        assertThat(events).containsExactly("failed a error Rejected at 0", "failed b error Rejected at 0",
                "late m9 at 0");
    }

    @Test
    void onlyTheIdInFlightIsBoundToItsActionAndATakenCallIsForgotten() {
        assertThat(correlator.pendingAction("m1")).isNull();
        correlator.sent("m1", Action.HEARTBEAT, "hb", Duration.ofSeconds(30));
        assertThat(correlator.pendingAction("m1")).isEqualTo(Action.HEARTBEAT);
        assertThat(correlator.pendingAction("m2")).isNull();

        assertThat(correlator.take().token()).isEqualTo("hb"); // the link dropped
        time.advanceTimeBy(Duration.ofMinutes(1));
        correlator.answer(new CallResult("m1", HEARTBEAT));
        assertThat(events).containsExactly("late m1 at 60000");
    }

    @Test
    void aCallSentAfterAStopAndStartTimesOutAtItsOwnDeadline() {
        correlator.sent("m1", Action.HEARTBEAT, "hb", Duration.ofSeconds(30));
        time.advanceTimeBy(Duration.ofSeconds(10));
        assertThat(correlator.stop().token()).isEqualTo("hb");
        correlator.sent("m2", Action.HEARTBEAT, "again", Duration.ofSeconds(30)); // due at 40 s
        time.advanceTimeBy(Duration.ofMillis(29_999));
        assertThat(events).as("the stopped CALL's timer is gone").isEmpty();
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(events).containsExactly("failed again timeout TimedOut at 40000", "silent again at 40000");
    }
}
