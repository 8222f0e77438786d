package io.reactiveocpp.session;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.message.core.ChangeConfigurationConfirmation;
import io.reactiveocpp.codec.message.core.ChangeConfigurationRequest;
import io.reactiveocpp.codec.message.core.ClearCacheConfirmation;
import io.reactiveocpp.codec.message.core.ClearCacheRequest;
import io.reactiveocpp.codec.message.core.HeartbeatRequest;
import io.reactiveocpp.codec.type.ClearCacheStatus;
import io.reactiveocpp.codec.type.ConfigurationStatus;
import io.reactiveocpp.session.queue.MemoryQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import io.reactiveocpp.session.testing.FakeTransport;
import io.reactiveocpp.session.testing.FakeTransport.FakeLink;
import org.junit.jupiter.api.AfterEach;
import io.reactiveocpp.session.reconnect.LinkSupervisor;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backend's CALLs in virtual time, with an in-memory link: a change that reconnects is answered on the old
 * link first, and at most {@code maxInboundCalls} CALLs are read and unanswered at once.
 */
class InboundCallsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final AuthorizationKey OLD_KEY = AuthorizationKey.fromText("old password");
    private static final AuthorizationKey NEW_KEY = AuthorizationKey.fromOcppHex("00112233445566778899aabbccddeeff");
    private static final String ACCEPTED = "{\"status\":\"Accepted\"}";

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final FakeTransport transport = new FakeTransport();
    private final StoreWriter store = StoreWriter.inline(new MemoryQueueStore());
    /** ClearCache handlers waiting for the test to answer them, in order of arrival. */
    private final List<Sinks.One<ClearCacheConfirmation>> clearing = new ArrayList<>();
    private OcppSession session;

    @AfterEach
    void tearDown() {
        session.stop().subscribe();
        store.close();
        time.dispose();
    }

    private FakeLink connected(SessionConfig.Builder config) {
        session = OcppSession.builder(config.build(), store, time).transport(transport).random(new Random(7)).build();
        // what the app does: the configuration emits the change synchronously and the app reconfigures the session
        session.handle(ChangeConfigurationRequest.class, change -> {
            session.reconfigure(session.config().toBuilder().authorizationKey(NEW_KEY).build());
            return Mono.just(new ChangeConfigurationConfirmation(ConfigurationStatus.ACCEPTED));
        });
        session.handle(ClearCacheRequest.class, clear -> {
            Sinks.One<ClearCacheConfirmation> answer = Sinks.one();
            clearing.add(answer);
            return answer.asMono();
        });
        session.start().block(WAIT);
        return transport.accept();
    }

    private static SessionConfig.Builder config() {
        return SessionConfig.builder("ws://backend.test/ocpp", "CP-1").authorizationKey(OLD_KEY)
                .pingInterval(Duration.ZERO);
    }

    private static String changeKey(String id) {
        return "[2,\"" + id + "\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"value\":\""
                + "00112233445566778899aabbccddeeff\"}]";
    }

    private static String clearCache(String id) {
        return "[2,\"" + id + "\",\"ClearCache\",{}]";
    }

    private void answerClearCache(int index) {
        clearing.get(index).tryEmitValue(new ClearCacheConfirmation(ClearCacheStatus.ACCEPTED));
    }

    @Test
    void aChangeOfTheKeyIsAnsweredBeforeTheLinkClosesAndThenTheNewKeyIsUsed() {
        FakeLink link = connected(config());
        link.receive(changeKey("c1"));
        assertThat(link.transcript).containsExactly("[3,\"c1\"," + ACCEPTED + "]");

        time.advanceTimeBy(LinkSupervisor.RECONNECT_AFTER_ANSWER.minusMillis(1));
        assertThat(link.closed).as("the backend gets a moment with the answer").isFalse();
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(link.transcript).containsExactly("[3,\"c1\"," + ACCEPTED + "]", "close 1000");
        assertThat(transport.attempts).as("then reconnected, with the new key").containsExactly(OLD_KEY, NEW_KEY);
    }

    @Test
    void theReconnectWaitsUntilEveryCallReceivedOnTheLinkIsAnswered() {
        FakeLink link = connected(config());
        link.receive(clearCache("r1")); // still in its handler when the key changes
        link.receive(changeKey("c2"));
        assertThat(link.transcript).containsExactly("[3,\"c2\"," + ACCEPTED + "]");
        assertThat(link.closed).isFalse();

        time.advanceTimeBy(Duration.ofSeconds(2));
        answerClearCache(0);
        assertThat(link.transcript).containsExactly("[3,\"c2\"," + ACCEPTED + "]", "[3,\"r1\"," + ACCEPTED + "]");
        time.advanceTimeBy(LinkSupervisor.RECONNECT_AFTER_ANSWER);
        assertThat(link.transcript).containsExactly("[3,\"c2\"," + ACCEPTED + "]", "[3,\"r1\"," + ACCEPTED + "]",
                "close 1000");
        assertThat(transport.attempts).containsExactly(OLD_KEY, NEW_KEY);
    }

    @Test
    void aHandlerThatNeverAnswersPostponesTheReconnectByRECONNECT_ANSWER_WAITAtMost() {
        FakeLink link = connected(config());
        link.receive(clearCache("r1")); // never answered
        link.receive(changeKey("c2"));

        time.advanceTimeBy(OcppSession.RECONNECT_ANSWER_WAIT.minusMillis(1));
        assertThat(link.closed).isFalse();
        assertThat(transport.waiting()).isZero();
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(link.transcript).containsExactly("[3,\"c2\"," + ACCEPTED + "]", "close 1000");
        assertThat(transport.attempts).containsExactly(OLD_KEY, NEW_KEY);
    }

    @Test
    void atMostMaxInboundCallsAreReadAndInTheirHandlersAtOnce() {
        FakeLink link = connected(config().maxInboundCalls(3));
        for (int i = 0; i < 10; i++) {
            link.receive(clearCache("r" + i));
        }
        assertThat(clearing).as("CALLs in their handlers").hasSize(3);
        assertThat(link.requested).as("frames asked of the link").isEqualTo(3);

        answerClearCache(0);
        assertThat(clearing).hasSize(4);
        assertThat(link.requested).isEqualTo(4);
        for (int i = 1; i < 10; i++) {
            answerClearCache(i);
        }
        List<String> answers = new ArrayList<>();
        for (String text = link.nextText(); text != null; text = link.nextText()) {
            answers.add(text);
        }
        assertThat(answers).hasSize(10).doesNotHaveDuplicates().allMatch(text -> text.endsWith("," + ACCEPTED + "]"));
    }

    @Test
    void framesThatNeedNoAnswerAreReadOnAtOnce() {
        FakeLink link = connected(config().maxInboundCalls(2));
        for (int i = 0; i < 20; i++) {
            link.pong();
            link.receive("[3,\"nobody-asked-" + i + "\",{}]"); // a late answer: dropped
        }
        assertThat(link.requested).isEqualTo(42);
        link.receive(clearCache("r1"));
        link.receive(clearCache("r2"));
        link.receive(clearCache("r3"));
        assertThat(clearing).hasSize(2);
    }

    @Test
    void whileTheBackendDoesNotReadNeitherMoreCallsAreReadNorOursAreWritten() {
        FakeLink link = connected(config().maxInboundCalls(2));
        session.admit(true);
        link.writable(false);
        var heartbeat = session.call(HeartbeatRequest.INSTANCE).toFuture();
        link.receive(clearCache("r1"));
        link.receive(clearCache("r2"));
        link.receive(clearCache("r3"));
        answerClearCache(0);
        answerClearCache(1);
        assertThat(link.transcript).as("the answers are written; our CALL waits")
                .containsExactly("[3,\"r1\"," + ACCEPTED + "]", "[3,\"r2\"," + ACCEPTED + "]");
        assertThat(link.requested).as("nothing more is read while our answers pile up").isEqualTo(2);
        assertThat(clearing).hasSize(2);

        link.writable(true);
        assertThat(link.requested).isEqualTo(4);
        assertThat(clearing).hasSize(3);
        link.nextText();
        link.nextText();
        assertThat(link.nextCall().payload().action()).isEqualTo(Action.HEARTBEAT);
        assertThat(heartbeat).isNotDone();
    }
}
