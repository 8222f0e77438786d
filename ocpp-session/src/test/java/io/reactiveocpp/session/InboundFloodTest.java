package io.reactiveocpp.session;

import com.fasterxml.jackson.databind.JsonNode;
import io.reactiveocpp.codec.message.core.DataTransferConfirmation;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.type.DataTransferStatus;
import io.reactiveocpp.session.ConnectionState.Phase;
import io.reactiveocpp.session.testing.FloodedChild;
import io.reactiveocpp.session.testing.SessionHarness;
import io.reactiveocpp.session.testing.WsTestServer;
import io.reactiveocpp.session.testing.WsTestServer.Peer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backend floods the charge point with CALLs over a real socket on 127.0.0.1, as fast as TCP takes them. While
 * the handler holds its answers, the session has read no more than {@code maxInboundCalls} of them and TCP holds the
 * backend back (its channel unwritable, most CALLs still unwritten), instead of the charge point's heap filling up.
 * Then the handler answers each after a millisecond: every CALL is answered exactly once, never more than
 * {@code maxInboundCalls} in the handler at once.
 */
class InboundFloodTest {

    private static final int CALLS = 10_000;
    /** About 2 KB a CALL, 20 MB in all: far more than the socket buffers of both ends hold. */
    private static final String DATA = "x".repeat(2_000);

    private final WsTestServer server = WsTestServer.plain();
    private SessionHarness harness;

    @AfterEach
    void tearDown() {
        try {
            if (harness != null) {
                harness.close();
            }
        } finally {
            server.close();
        }
    }

    @Test
    void tenThousandFloodedCallsAreReadOnlyAsFastAsTheyAreAnsweredAndEachIsAnsweredOnce() throws Exception {
        Answers backend = answers(CALLS);
        Map<String, Integer> answers = backend.counts();
        CountDownLatch allAnswered = backend.all();
        AtomicInteger inHandler = new AtomicInteger();
        AtomicInteger mostInHandler = new AtomicInteger();
        Sinks.Empty<Void> gate = Sinks.empty();
        harness = new SessionHarness(SessionHarness.config(server.url()).build());
        harness.session.handle(DataTransferRequest.class, request -> {
            mostInHandler.accumulateAndGet(inHandler.incrementAndGet(), Math::max);
            return gate.asMono().then(Mono.delay(Duration.ofMillis(1)))
                    .thenReturn(new DataTransferConfirmation(DataTransferStatus.ACCEPTED, null))
                    .doOnNext(answer -> inHandler.decrementAndGet()); // before the session sees the answer
        });
        harness.start().awaitPhase(Phase.CONNECTED);
        Peer peer = server.awaitConnection(SessionHarness.WAIT);

        peer.flood(IntStream.range(0, CALLS).mapToObj(i -> "[2,\"f" + i
                + "\",\"DataTransfer\",{\"vendorId\":\"flood\",\"data\":\"" + DATA + "\"}]").iterator());
        int unwritten = awaitStalled(peer);
        assertThat(mostInHandler.get()).as("CALLs read while none is answered")
                .isEqualTo(SessionConfig.DEFAULT_MAX_INBOUND_CALLS);
        assertThat(unwritten).as("CALLs the backend could not write: TCP holds it back").isPositive();

        long start = System.nanoTime();
        gate.tryEmitEmpty();
        boolean done = allAnswered.await(120, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(done).as("all answered within 120 s; " + answers.size() + " were").isTrue();
        System.out.printf("InboundFloodTest: with the handler holding its answers the backend wrote %,d of %,d CALLs;"
                        + " then all answered in %,d ms (%,d/s), at most %d in the handler%n", CALLS - unwritten, CALLS,
                millis, CALLS * 1000L / Math.max(1, millis), mostInHandler.get());
        assertThat(answers).hasSize(CALLS);
        assertThat(answers.values()).as("each answered exactly once").containsOnly(1);
        assertThat(mostInHandler.get()).as("CALLs in the handler at once")
                .isEqualTo(SessionConfig.DEFAULT_MAX_INBOUND_CALLS);
        assertThat(harness.history).as("one link throughout").filteredOn(ConnectionState::connected).hasSize(1);
    }

    /**
     * A backend that sends CALLs but reads nothing: the charge point's big answers fill TCP and its channel turns
     * unwritable, and from then on it reads no more CALLs (their answers would only pile up in its memory) until the
     * backend reads again; then every CALL is answered once.
     */
    @Test
    void whileTheBackendReadsNothingTheChargePointStopsReadingItsCalls() throws Exception {
        int calls = 1_000;
        Answers backend = answers(calls);
        Map<String, Integer> answers = backend.counts();
        CountDownLatch allAnswered = backend.all();
        AtomicInteger handled = new AtomicInteger();
        String big = "y".repeat(20_000); // 1,000 answers: 20 MB, more than the socket buffers hold
        harness = new SessionHarness(SessionHarness.config(server.url()).pingInterval(Duration.ZERO).build());
        harness.session.handle(DataTransferRequest.class, request -> {
            handled.incrementAndGet();
            return Mono.just(new DataTransferConfirmation(DataTransferStatus.ACCEPTED, big));
        });
        harness.start().awaitPhase(Phase.CONNECTED);
        Peer peer = server.awaitConnection(SessionHarness.WAIT);

        peer.reading(false);
        peer.flood(IntStream.range(0, calls).mapToObj(i -> "[2,\"w" + i
                + "\",\"DataTransfer\",{\"vendorId\":\"flood\"}]").iterator());
        int handledWhileNotRead = awaitStable(handled);
        assertThat(handledWhileNotRead).as("CALLs answered while the backend read nothing").isLessThan(calls);

        peer.reading(true);
        assertThat(allAnswered.await(60, TimeUnit.SECONDS)).as(answers.size() + " answered").isTrue();
        assertThat(answers.values()).as("each answered exactly once").hasSize(calls).containsOnly(1);
        System.out.printf("InboundFloodTest: %d of %d CALLs were answered while the backend read nothing%n",
                handledWhileNotRead, calls);
    }

    /**
     * The same flood of a charge point in a JVM with a 32 MB heap whose handler holds its answers for 3 s: it reads
     * what it can answer, not what is sent, so it survives the 40 MB flood and answers every CALL once.
     */
    @Test
    void aChargePointWithA32MegabyteHeapSurvivesA40MegabyteFlood(@TempDir Path dir) throws Exception {
        Answers backend = answers(CALLS);
        Map<String, Integer> answers = backend.counts();
        CountDownLatch allAnswered = backend.all();
        Path childOut = dir.resolve("child.out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx32m", "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), FloodedChild.class.getName(), server.url(), "3000")
                .redirectErrorStream(true).redirectOutput(childOut.toFile()).start();
        try {
            Peer peer = server.awaitConnection(Duration.ofSeconds(20));
            String data = "x".repeat(4_000);
            long start = System.nanoTime();
            peer.flood(IntStream.range(0, CALLS).mapToObj(i -> "[2,\"f" + i
                    + "\",\"DataTransfer\",{\"vendorId\":\"flood\",\"data\":\"" + data + "\"}]").iterator());
            boolean done = false;
            for (int second = 0; second < 60 && !done && child.isAlive(); second++) {
                done = allAnswered.await(1, TimeUnit.SECONDS);
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(child.isAlive()).as("the child is alive; it ended with " + (child.isAlive() ? "" : child.exitValue())
                    + " and printed:\n" + Files.readString(childOut)).isTrue();
            assertThat(done).as("all answered within 60 s; " + answers.size() + " were").isTrue();
            assertThat(answers).hasSize(CALLS);
            assertThat(answers.values()).as("each answered exactly once").containsOnly(1);
            System.out.printf("InboundFloodTest: a charge point with -Xmx32m answered %,d CALLs of 4 KB (40 MB) in"
                    + " %,d ms (its handler held every answer for the first 3 s)%n", CALLS, millis);
        } finally {
            child.getOutputStream().close(); // the child ends on EOF
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroyForcibly(); // only this child, by its handle
            }
        }
    }

    /** What the backend received: how often each CALL was answered, and a latch that opens when all were. */
    private record Answers(Map<String, Integer> counts, CountDownLatch all) {
    }

    /** Counts the answers (CALLRESULTs) the backend receives, expecting {@code calls} of them. */
    private Answers answers(int calls) {
        Answers received = new Answers(new ConcurrentHashMap<>(), new CountDownLatch(calls));
        server.responder((peer, text) -> {
            JsonNode frame = WsTestServer.parse(text);
            if (frame != null && frame.path(0).asInt() == 3) {
                received.counts().merge(frame.path(1).asText(), 1, Integer::sum);
                received.all().countDown();
            }
        });
        return received;
    }

    /**
     * Waits until the flood is stuck: the server's channel unwritable and no frame written for 500 ms (or the
     * flood is over); returns how many CALLs are left unwritten.
     */
    private static int awaitStalled(Peer peer) {
        return CALLS - awaitSettled(peer.flooded::get, n -> peer.stalls.get() > 0 || n == CALLS);
    }

    /** The count once it has not changed for 500 ms. */
    private static int awaitStable(AtomicInteger count) {
        return awaitSettled(count::get, n -> true);
    }

    /** The value of {@code count} once it held still over one 500-ms tick and {@code settled} accepts it (30 s at most). */
    private static int awaitSettled(IntSupplier count, IntPredicate settled) {
        return Flux.interval(Duration.ofMillis(500)).map(tick -> count.getAsInt()).buffer(2, 1)
                .filter(pair -> pair.size() == 2 && pair.get(0).equals(pair.get(1)) && settled.test(pair.get(1)))
                .map(pair -> pair.get(1))
                .blockFirst(Duration.ofSeconds(30));
    }
}
