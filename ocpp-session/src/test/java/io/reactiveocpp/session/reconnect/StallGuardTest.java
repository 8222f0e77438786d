package io.reactiveocpp.session.reconnect;

import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.rpc.InboundWindow;
import io.reactiveocpp.session.testing.FakeTransport;
import io.reactiveocpp.session.testing.FakeTransport.FakeLink;
import io.reactiveocpp.session.testing.StallingScheduler;
import io.reactiveocpp.session.transport.Link;
import io.reactiveocpp.session.transport.StallProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ping verdict ({@code WebSocketPingInterval} 60 s) with a stall guard, in virtual time on a scheduler that
 * stands still when told to (a GC pause, a busy event loop): the process's own stalls are not held against the
 * backend, a silent backend is still given up, and when.
 */
class StallGuardTest {

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final StallingScheduler loop = new StallingScheduler(time);
    private final StallProbe probe = StallProbe.start(loop, StallProbe.PERIOD);
    private final List<StallGuard.Verdict> deferrals = new ArrayList<>();
    private final List<String> downs = new ArrayList<>();
    private final FakeTransport transport = new FakeTransport();
    private final InboundWindow window = new InboundWindow(8, e -> { }, e -> { }, () -> { });
    private LinkSupervisor supervisor;
    private FakeLink link;

    @BeforeEach
    void connect() {
        SessionConfig config = SessionConfig.builder("ws://backend.test/ocpp", "CP-1")
                .pingInterval(Duration.ofSeconds(60)).build();
        supervisor = new LinkSupervisor(config, transport, loop, new Random(1), () -> { },
                new StallGuard(probe::stalledNanos, deferrals::add), new LinkSupervisor.Owner() {
                    @Override
                    public void linkUp(Link link) {
                    }

                    @Override
                    public void linkReady() {
                    }

                    @Override
                    public void linkDown(Link link) {
                        downs.add("down at " + time.now(TimeUnit.MILLISECONDS));
                    }

                    @Override
                    public InboundWindow inbound() {
                        return window;
                    }

                    @Override
                    public void connectAttempt(String outcome) {
                    }
                });
        supervisor.start();
        link = transport.accept();
    }

    @AfterEach
    void tearDown() {
        supervisor.stop(() -> { }).subscribe();
        probe.dispose();
        time.dispose();
    }

    @Test
    void aSilentBackendWithoutStallsIsGivenUpOneIntervalAfterThePingAsBefore() {
        time.advanceTimeBy(Duration.ofSeconds(60));
        assertThat(link.pings).isEqualTo(1);
        time.advanceTimeBy(Duration.ofMillis(59_999));
        assertThat(link.closed).isFalse();
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(downs).containsExactly("down at 120000");
        assertThat(deferrals).isEmpty();
    }

    @Test
    void aVerdictThatFellDueInAStallIsDeferredAndThePongReadAfterTheStallKeepsTheLink() {
        time.advanceTimeBy(Duration.ofSeconds(60));
        supervisor.pong();
        time.advanceTimeBy(Duration.ofSeconds(90)); // the second ping at 120 s, now 150 s
        assertThat(link.pings).isEqualTo(2);
        loop.stall(Duration.ofSeconds(35)); // the verdict due at 180 s runs at 185 s
        time.advanceTimeBy(Duration.ofSeconds(35));
        assertThat(link.closed).as("the process stood still, not the backend").isFalse();
        assertThat(deferrals).containsExactly(StallGuard.Verdict.NO_PONG);
        assertThat(link.pings).as("pinged again at once").isEqualTo(3);
        supervisor.pong(); // read now that the loop runs again

        time.advanceTimeBy(Duration.ofSeconds(60));
        assertThat(link.pings).as("the next ping one interval after the last").isEqualTo(4);
        assertThat(link.closed).isFalse();
        assertThat(downs).isEmpty();
    }

    @Test
    void aStallInTheMiddleOfTheWindowSeenByTheProbeAlsoExcusesTheVerdict() {
        time.advanceTimeBy(Duration.ofSeconds(70));
        loop.stall(Duration.ofSeconds(20)); // 70 s to 90 s, ended long before the verdict at 120 s
        time.advanceTimeBy(Duration.ofSeconds(50));
        assertThat(link.closed).isFalse();
        assertThat(deferrals).containsExactly(StallGuard.Verdict.NO_PONG);
        time.advanceTimeBy(Duration.ofSeconds(60)); // no stall in this window, no pong: given up at 180 s
        assertThat(downs).containsExactly("down at 180000");
    }

    @Test
    void aBackendSilentThroughRepeatedStallsIsGivenUpAfterTwoDeferrals() {
        time.advanceTimeBy(Duration.ofSeconds(115)); // pinged at 60 s; no pong ever comes
        loop.stall(Duration.ofSeconds(10)); // verdict at 125 s: deferred, pinged again, due at 185 s
        time.advanceTimeBy(Duration.ofSeconds(65));
        loop.stall(Duration.ofSeconds(10)); // at 180 s: verdict at 190 s deferred, due at 250 s
        time.advanceTimeBy(Duration.ofSeconds(65));
        loop.stall(Duration.ofSeconds(10)); // at 245 s: verdict at 255 s, no more deferrals
        time.advanceTimeBy(Duration.ofSeconds(10));
        assertThat(deferrals).hasSize(StallGuard.MAX_DEFERRALS);
        assertThat(downs).containsExactly("down at 255000");
        assertThat(supervisor.link()).isNull();
    }

    @Test
    void aCauseNamesItsVerdict() {
        assertThat(StallGuard.Verdict.of(StallGuard.Verdict.NO_PONG.cause(Duration.ofSeconds(60))))
                .isEqualTo(StallGuard.Verdict.NO_PONG);
        assertThat(StallGuard.Verdict.of("no answer and no other frame for 30 s"))
                .isEqualTo(StallGuard.Verdict.SILENT_CALL);
        assertThat(StallGuard.Verdict.of("connection reset")).isNull();
        assertThat(StallGuard.Verdict.of(null)).isNull();
    }
}
