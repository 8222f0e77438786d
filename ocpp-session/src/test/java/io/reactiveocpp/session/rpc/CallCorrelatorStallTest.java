package io.reactiveocpp.session.rpc;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.frame.CallResult;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.core.HeartbeatConfirmation;
import io.reactiveocpp.session.CallException;
import io.reactiveocpp.session.reconnect.StallGuard;
import io.reactiveocpp.session.testing.StallingScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The silent-CALL verdict with a stall guard, in virtual time on a scheduler that stands still when told to: a
 * timeout that fell due while the process stood still is given its time once more, a silent link without stalls
 * is reported when it always was.
 */
class CallCorrelatorStallTest {

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final StallingScheduler loop = new StallingScheduler(time);
    private final List<String> events = new ArrayList<>();
    private final CallCorrelator<String> correlator = new CallCorrelator<>(loop, new CallCorrelator.Outcomes<>() {
        @Override
        public void answered(CallCorrelator.InFlight<String> call, Confirmation confirmation, Duration roundTrip) {
            events.add("answered " + call.token() + " at " + now());
        }

        @Override
        public void failed(CallCorrelator.InFlight<String> call, CallException failure, String outcome) {
            events.add("failed " + call.token() + " " + outcome + " at " + now());
        }

        @Override
        public void late(String messageId) {
            events.add("late " + messageId + " at " + now());
        }

        @Override
        public void silent(CallCorrelator.InFlight<String> call) {
            events.add("silent " + call.token() + " at " + now());
        }
    }, new StallGuard(() -> 0, verdict -> events.add("deferred " + verdict + " at " + now())));

    @AfterEach
    void tearDown() {
        time.dispose();
    }

    private long now() {
        return time.now(TimeUnit.MILLISECONDS);
    }

    @Test
    void aSilentCallWhoseTimeoutFellInAStallWaitsOnceMoreAndItsAnswerReadAfterTheStallCompletesIt() {
        correlator.sent("m1", Action.HEARTBEAT, "hb", Duration.ofSeconds(30));
        time.advanceTimeBy(Duration.ofSeconds(20));
        loop.stall(Duration.ofSeconds(15)); // the deadline at 30 s is seen at 35 s
        time.advanceTimeBy(Duration.ofSeconds(15));
        correlator.answer(new CallResult("m1", new HeartbeatConfirmation(Instant.EPOCH))); // read after the stall
        assertThat(events).containsExactly("deferred SILENT_CALL at 35000", "answered hb at 35000");
    }

    @Test
    void aSilentCallWithoutStallsIsReportedAtItsTimeoutAsBefore() {
        correlator.sent("m1", Action.HEARTBEAT, "hb", Duration.ofSeconds(30));
        time.advanceTimeBy(Duration.ofMillis(29_999));
        assertThat(events).isEmpty();
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(events).containsExactly("failed hb timeout at 30000", "silent hb at 30000");
    }

    @Test
    void aLinkSilentThroughRepeatedStallsIsReportedAfterTwoDeferrals() {
        correlator.sent("m1", Action.HEARTBEAT, "hb", Duration.ofSeconds(30));
        time.advanceTimeBy(Duration.ofSeconds(29));
        loop.stall(Duration.ofSeconds(3)); // seen at 32 s: due again at 62 s
        time.advanceTimeBy(Duration.ofSeconds(32));
        loop.stall(Duration.ofSeconds(3)); // at 61 s, seen at 64 s: due again at 94 s
        time.advanceTimeBy(Duration.ofSeconds(32));
        loop.stall(Duration.ofSeconds(3)); // at 93 s, seen at 96 s: no more deferrals
        time.advanceTimeBy(Duration.ofSeconds(3));
        assertThat(events).containsExactly("deferred SILENT_CALL at 32000", "deferred SILENT_CALL at 64000",
                "failed hb timeout at 96000", "silent hb at 96000");
    }
}
