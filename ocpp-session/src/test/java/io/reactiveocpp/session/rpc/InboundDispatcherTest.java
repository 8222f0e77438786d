package io.reactiveocpp.session.rpc;

import io.reactiveocpp.codec.OcppCodec;
import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.core.ResetConfirmation;
import io.reactiveocpp.codec.message.core.ResetRequest;
import io.reactiveocpp.codec.type.ResetStatus;
import io.reactiveocpp.session.CallException;
import io.reactiveocpp.session.testing.FakeTransport.FakeLink;
import io.reactiveocpp.session.transport.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbound side alone, in virtual time, on an in-memory link: when the backend's CALLs are answered and how
 * long they hold the link's demand, where answers go, and which link's frames count.
 */
class InboundDispatcherTest {

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final IncomingCallRouter router = new IncomingCallRouter();
    private final List<String> outcomes = new ArrayList<>();
    private final List<String> received = new ArrayList<>();
    private final CallCorrelator<String> correlator = new CallCorrelator<>(time, new CallCorrelator.Outcomes<>() {
        @Override
        public void answered(CallCorrelator.InFlight<String> call, Confirmation confirmation, Duration roundTrip) {
            outcomes.add("answered " + call.token());
        }

        @Override
        public void failed(CallCorrelator.InFlight<String> call, CallException failure, String outcome) {
            outcomes.add("failed " + call.token() + " " + outcome);
        }

        @Override
        public void late(String messageId) {
            outcomes.add("late " + messageId);
        }

        @Override
        public void silent(CallCorrelator.InFlight<String> call) {
            outcomes.add("silent " + call.token());
        }
    });
    private final FakeLink link = new FakeLink();
    private Link current = link;
    private final List<String> ended = new ArrayList<>();
    private int pongs;
    private final InboundDispatcher dispatcher = new InboundDispatcher(OcppCodec.forChargePoint(), time, router,
            correlator, () -> current, new InboundDispatcher.Meters() {
                @Override
                public void received(Action action, String outcome) {
                    received.add((action == null ? "unknown" : action.wireName()) + " " + outcome);
                }

                @Override
                public void bytes(int sent, int received) {
                }
            });

    @AfterEach
    void tearDown() {
        time.dispose();
    }

    private void read(int window) {
        time.schedule(() -> dispatcher.read(link, window, () -> pongs++, ended::add));
    }

    @Test
    void aCallOfTheBackendHoldsOneFrameOfDemandUntilItsAnswerIsWrittenOnThatLink() {
        router.handle(ResetRequest.class, reset -> Mono.just(new ResetConfirmation(ResetStatus.ACCEPTED))
                .delayElement(Duration.ofSeconds(3), time));
        read(2);
        assertThat(link.requested).isEqualTo(2);

        link.receive("[2,\"r1\",\"Reset\",{\"type\":\"Soft\"}]");
        assertThat(dispatcher.window().unanswered()).isEqualTo(1);
        time.advanceTimeBy(Duration.ofMillis(2_999));
        assertThat(link.quiet()).isTrue();
        assertThat(link.requested).as("the CALL keeps its slot while in its handler").isEqualTo(2);

        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(link.nextText()).isEqualTo("[3,\"r1\",{\"status\":\"Accepted\"}]");
        assertThat(dispatcher.window().unanswered()).isZero();
        assertThat(link.requested).as("one more frame once answered").isEqualTo(3);
        assertThat(received).containsExactly("Reset result");
    }

    @Test
    void anAnswerIsNotWrittenToALinkThatIsNoLongerUp() {
        router.handle(ResetRequest.class, reset -> Mono.just(new ResetConfirmation(ResetStatus.ACCEPTED))
                .delayElement(Duration.ofSeconds(3), time));
        read(8);
        link.receive("[2,\"r1\",\"Reset\",{\"type\":\"Soft\"}]");
        time.advanceTimeBy(Duration.ofSeconds(1));
        current = null; // the link dropped meanwhile
        time.advanceTimeBy(Duration.ofSeconds(2));
        assertThat(link.quiet()).isTrue();

        link.receive("[2,\"r2\",\"Reset\",{\"type\":\"Soft\"}]");
        time.advanceTimeBy(Duration.ofSeconds(5));
        assertThat(received).as("frames of a link that is no longer up are dropped").containsExactly("Reset result");
    }

    @Test
    void answersGoToTheCorrelatorAndAPongShowsTheLinkAlive() {
        read(8);
        correlator.sent("m1", Action.HEARTBEAT, "hb", Duration.ofSeconds(30));
        link.receive("[3,\"m1\",{\"currentTime\":\"2026-12-04T12:00:00Z\"}]");
        correlator.sent("m2", Action.HEARTBEAT, "hb2", Duration.ofSeconds(30));
        time.advanceTimeBy(Duration.ofSeconds(10));
        link.pong();
        time.advanceTimeBy(Duration.ofSeconds(20));
        assertThat(outcomes).containsExactly("answered hb", "failed hb2 timeout"); // not silent: the pong came
        assertThat(pongs).isEqualTo(1);
        link.receive("[3,\"m2\",{\"currentTime\":\"2026-12-04T12:00:00Z\"}]");
        assertThat(outcomes).last().isEqualTo("late m2");
        assertThat(link.requested).as("answers and pongs free their slot at once").isEqualTo(8 + 3);
    }

    @Test
    void aMalformedCallGetsTheCodecsErrorAndAnUnknownActionNotImplemented() {
        read(8);
        link.receive("[2,\"x1\",\"Fly\",{}]");
        link.receive("[2,\"x2\",\"Reset\",{\"type\":\"Sideways\"}]");
        assertThat(link.nextText()).startsWith("[4,\"x1\",\"NotImplemented\"");
        assertThat(link.nextText()).startsWith("[4,\"x2\",\"PropertyConstraintViolation\"");
        assertThat(received).containsExactly("unknown NotImplemented", "unknown PropertyConstraintViolation");
    }

    @Test
    void theLinkBreakingOrClosingIsReportedWithItsCause() {
        read(8);
        link.drop();
        assertThat(ended).containsExactly("connection reset");
        FakeLink second = new FakeLink();
        current = second;
        time.schedule(() -> dispatcher.read(second, 8, () -> { }, ended::add));
        second.close(1000, "bye").subscribe();
        assertThat(ended).containsExactly("connection reset", "the backend closed the connection");
    }
}
