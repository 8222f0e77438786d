package io.reactiveocpp.session.reconnect;

import io.reactiveocpp.session.AuthorizationKey;
import io.reactiveocpp.session.ConnectionState;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.rpc.InboundWindow;
import io.reactiveocpp.session.testing.FakeTransport;
import io.reactiveocpp.session.testing.FakeTransport.FakeLink;
import io.reactiveocpp.session.transport.Link;
import io.reactiveocpp.session.transport.LinkException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The link supervisor alone, in virtual time, with the in-memory transport: when it retries, pings, gives up on a
 * silent link, asks for a reboot, falls back to the previous key, and reconnects for new settings.
 */
class LinkSupervisorTest {

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final FakeTransport transport = new FakeTransport();
    private final AtomicInteger reboots = new AtomicInteger();
    /** What the supervisor told its owner, in order, each with the virtual time in ms. */
    private final List<String> told = new ArrayList<>();
    private final List<ConnectionState> states = new ArrayList<>();
    private final InboundWindow window = new InboundWindow(8, e -> { }, e -> { }, () -> { });
    private LinkSupervisor supervisor;

    @AfterEach
    void tearDown() {
        supervisor.stop(() -> { }).subscribe();
        time.dispose();
    }

    private static SessionConfig.Builder config() {
        return SessionConfig.builder("ws://backend.test/ocpp", "CP-1")
                .pingInterval(Duration.ZERO)
                .connectionTimeout(Duration.ofSeconds(10))
                .reconnectMinDelay(Duration.ofSeconds(1))
                .reconnectMaxDelay(Duration.ofSeconds(8));
    }

    /** Jitter drawn as 0: each delay is exactly half the exponential one. */
    private static Random noJitter() {
        return new Random() {
            @Override
            public double nextDouble() {
                return 0;
            }
        };
    }

    private void start(SessionConfig config) {
        supervisor = new LinkSupervisor(config, transport, time, noJitter(), reboots::incrementAndGet,
                StallGuard.ownTimers(),
                new LinkSupervisor.Owner() {
                    @Override
                    public void linkUp(Link link) {
                        told.add("up at " + now());
                    }

                    @Override
                    public void linkReady() {
                        told.add("ready at " + now());
                    }

                    @Override
                    public void linkDown(Link link) {
                        told.add("down at " + now());
                    }

                    @Override
                    public InboundWindow inbound() {
                        return window;
                    }

                    @Override
                    public void connectAttempt(String outcome) {
                        told.add(outcome + " at " + now());
                    }
                });
        supervisor.states().subscribe(states::add);
        supervisor.start();
    }

    private long now() {
        return time.now(TimeUnit.MILLISECONDS);
    }

    private ConnectionState lastState() {
        return states.get(states.size() - 1);
    }

    @Test
    void failedAttemptsAreRetriedAfterDoublingDelaysUpToTheCap() {
        start(config().build());
        long[] delays = {500, 1000, 2000, 4000, 4000}; // half of 1, 2, 4, 8, 8 s: the jitter drew 0
        for (long delay : delays) {
            transport.refuse(LinkException.Reason.NETWORK, "connection refused");
            assertThat(lastState().phase()).isEqualTo(ConnectionState.Phase.WAITING);
            time.advanceTimeBy(Duration.ofMillis(delay - 1));
            assertThat(transport.waiting()).as("no attempt before " + delay + " ms").isZero();
            time.advanceTimeBy(Duration.ofMillis(1));
            assertThat(transport.waiting()).as("the attempt at " + delay + " ms").isEqualTo(1);
        }
        assertThat(lastState().attempt()).isEqualTo(6);
        transport.accept();
        assertThat(told).endsWith("connected at 11500", "up at 11500", "ready at 11500");
        assertThat(lastState().phase()).isEqualTo(ConnectionState.Phase.CONNECTED);
    }

    @Test
    void anAttemptWithoutAnAnswerFailsAtBackendConnectionTimeout() {
        start(config().build());
        time.advanceTimeBy(Duration.ofMillis(9_999));
        assertThat(told).isEmpty();
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(told).containsExactly("timeout at 10000");
        assertThat(lastState().cause()).contains("BackendConnectionTimeout");
    }

    @Test
    void aPingGoesOutEveryIntervalAndNoPongByTheNextOneClosesTheLink() {
        start(config().pingInterval(Duration.ofSeconds(30)).build());
        FakeLink link = transport.accept();
        time.advanceTimeBy(Duration.ofMillis(29_999));
        assertThat(link.pings).isZero();
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(link.pings).isEqualTo(1);
        supervisor.pong();
        time.advanceTimeBy(Duration.ofSeconds(30));
        assertThat(link.pings).isEqualTo(2);
        assertThat(link.closed).isFalse();
        time.advanceTimeBy(Duration.ofMillis(29_999)); // no pong came
        assertThat(link.closed).isFalse();
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(link.closed).isTrue();
        assertThat(told).endsWith("down at 90000");
        assertThat(lastState().cause()).contains("no pong within 30 s");
        assertThat(supervisor.link()).isNull();
    }

    @Test
    void theWatchdogAsksForARebootOnceAfterTcpWatchdogTimeoutWithoutALink() {
        start(config().tcpWatchdogTimeout(Duration.ofMinutes(5)).reconnectMaxDelay(Duration.ofSeconds(1)).build());
        transport.refuse(LinkException.Reason.NETWORK, "connection refused");
        for (int s = 1; s < 300; s++) { // every attempt fails, every half second
            time.advanceTimeBy(Duration.ofSeconds(1));
            while (transport.waiting() > 0) {
                transport.refuse(LinkException.Reason.NETWORK, "connection refused");
            }
        }
        assertThat(reboots).as("at 299 s").hasValue(0);
        time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(reboots).as("at 300 s").hasValue(1);
        transport.refuse(LinkException.Reason.NETWORK, "connection refused");
        time.advanceTimeBy(Duration.ofMinutes(10));
        assertThat(reboots).as("once per outage").hasValue(1);
    }

    @Test
    void theWatchdogRestartsWithEachOutageAndSleepsWhileConnected() {
        start(config().tcpWatchdogTimeout(Duration.ofMinutes(5)).build());
        FakeLink link = transport.accept();
        time.advanceTimeBy(Duration.ofMinutes(10));
        assertThat(reboots).hasValue(0);
        link.drop(); // the owner would report this through linkDown
        supervisor.linkDown(link, "connection reset");
        time.advanceTimeBy(Duration.ofMillis(299_999));
        assertThat(reboots).hasValue(0);
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(reboots).hasValue(1);
    }

    @Test
    void aNewKeyRefusedWith401IsReplacedByThePreviousOneForTheNextAttempt() {
        AuthorizationKey old = AuthorizationKey.fromText("old password");
        AuthorizationKey typo = AuthorizationKey.fromOcppHex("00112233445566778899aabbccddeeff");
        start(config().authorizationKey(old).build());
        transport.accept();
        supervisor.reconfigure(supervisor.config().toBuilder().authorizationKey(typo).build());
        transport.refuse(LinkException.Reason.UNAUTHORIZED, "HTTP 401");
        assertThat(supervisor.config().authorizationKey()).isEqualTo(old);
        time.advanceTimeBy(Duration.ofMillis(500));
        transport.accept();
        assertThat(transport.attempts).containsExactly(old, typo, old);
    }

    @Test
    void aChangedUrlReconnectsOnceTheBackendsCallsAreAnswered() {
        start(config().build());
        FakeLink link = transport.accept();
        window.callReceived(); // a ChangeConfiguration in its handler
        time.advanceTimeBy(Duration.ofSeconds(1));
        supervisor.reconfigure(supervisor.config().toBuilder().backendUrl(URI.create("ws://other.test/ocpp")).build());
        time.advanceTimeBy(Duration.ofSeconds(2));
        assertThat(link.closed).as("its answer is not written yet").isFalse();
        assertThat(transport.waiting()).isZero();
        window.answered();
        time.advanceTimeBy(LinkSupervisor.RECONNECT_AFTER_ANSWER.minusMillis(1));
        assertThat(link.closed).as("the backend gets a moment with the answer").isFalse();
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(link.closed).isTrue();
        assertThat(told).endsWith("down at 4000");
        assertThat(transport.waiting()).as("at once, not after a back-off").isEqualTo(1);
    }

    @Test
    void aChangedUrlReconnectsAfterRECONNECT_ANSWER_WAITWhenAHandlerNeverAnswers() {
        start(config().build());
        FakeLink link = transport.accept();
        window.callReceived();
        supervisor.reconfigure(supervisor.config().toBuilder().backendUrl(URI.create("ws://other.test/ocpp")).build());
        time.advanceTimeBy(LinkSupervisor.RECONNECT_ANSWER_WAIT.minusMillis(1));
        assertThat(link.closed).isFalse();
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(link.closed).isTrue();
        assertThat(transport.waiting()).isEqualTo(1);
    }

    @Test
    void stopClosesTheLinkWith1000AndMakesNoMoreAttempts() {
        start(config().pingInterval(Duration.ofSeconds(30)).tcpWatchdogTimeout(Duration.ofMinutes(1)).build());
        FakeLink link = transport.accept();
        List<String> settled = new ArrayList<>();
        supervisor.stop(() -> settled.add("settled, link " + (supervisor.link() == null ? "gone" : "still up")))
                .subscribe();
        assertThat(settled).containsExactly("settled, link still up");
        assertThat(link.transcript).containsExactly("close 1000");
        assertThat(lastState().phase()).isEqualTo(ConnectionState.Phase.STOPPED);
        time.advanceTimeBy(Duration.ofHours(1));
        assertThat(link.pings).isZero();
        assertThat(transport.waiting()).isZero();
        assertThat(reboots).hasValue(0);
    }
}
