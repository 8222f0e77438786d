package io.reactiveocpp.session.queue;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.type.Measurand;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.codec.type.SampledValue;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.QueueState;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.TransactionOutcome;
import io.reactiveocpp.session.testing.AppendingChild;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import io.reactiveocpp.session.transport.Link;
import io.reactiveocpp.session.transport.NettyTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.ConnectableFlux;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged transaction message survives SIGKILL of the process that queued it, and is then delivered
 * exactly once and in order.
 *
 * <p>A child JVM ({@link AppendingChild}) queues a StartTransaction and then MeterValues with the register
 * readings 0, 1, 2, ... through {@link OcppSession#enqueue} into a {@link SqliteQueueStore}, with no backend
 * reachable and several enqueues in flight (so group commit is exercised), and prints every acknowledgement.
 * Once enough acknowledgements are read the child is killed with {@link Process#destroyForcibly()} (SIGKILL,
 * that one PID), in the middle of its appends. Then:
 * <ol>
 *   <li>the database file, reopened, holds every acknowledged message, in order: the StartTransaction first,
 *       then the readings 0..k without a gap, k at least the highest acknowledged one. Messages stored but not
 *       yet acknowledged when the kill hit (the tail after the last printed ACK) may be there too;</li>
 *   <li>a new session on that file, against a real central system (Java-OCA-OCPP on 127.0.0.1), delivers
 *       exactly what is stored, each once, in order, every MeterValues carrying the transactionId the backend
 *       assigned to the StartTransaction.</li>
 * </ol>
 * A process kill keeps what the kernel already has, so this proves that an acknowledgement never runs ahead of
 * the commit, and that the database recovers from a kill mid-transaction; it does not simulate a power cut
 * (that is what {@code synchronous=FULL} is for).
 */
class KillDuringAppendTest {

    private static final int ACKS_BEFORE_KILL = 300;
    private static final int IN_FLIGHT = 8;
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private Process child;
    private JavaOcaBackend backend;
    private Scheduler scheduler;
    private StoreWriter store;
    private OcppSession session;
    private final List<String> wire = new CopyOnWriteArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        if (session != null) {
            session.stop().block(WAIT);
        }
        if (store != null) {
            store.close();
        }
        if (scheduler != null) {
            scheduler.dispose();
        }
        if (backend != null) {
            backend.close();
        }
    }

    @Test
    @Timeout(60)
    void everyAcknowledgedMessageSurvivesSigkillAndIsDeliveredExactlyOnceInOrder() throws Exception {
        Path file = dir.resolve("queue.db");
        Path childErr = dir.resolve("child.stderr");

        // ---- 1. the child appends until it is killed
        long t0 = System.nanoTime();
        Acks acks = runAndKillChild(file, closedPort(), childErr);
        assertThat(acks.start).as("the StartTransaction was acknowledged").isTrue();
        assertThat(acks.meterValues).as("acknowledged MeterValues").hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);

        // ---- 2. the file holds every acknowledged message, in order
        QueueStore.Snapshot snapshot;
        try (SqliteQueueStore reopened = SqliteQueueStore.open(file)) {
            snapshot = reopened.load();
        }
        List<StoredMessage> rows = snapshot.messages();
        assertThat(rows).as("stored rows").isNotEmpty();
        assertThat(rows.get(0).action()).isEqualTo(Action.START_TRANSACTION);
        assertThat(rows.get(0).txRef()).isEqualTo(AppendingChild.TX_REF);
        assertThat(snapshot.openTransactions()).containsExactly(AppendingChild.TX_REF);
        assertThat(snapshot.bindings()).isEmpty();
        assertThat(snapshot.deadLetters()).isZero();
        List<Integer> stored = new ArrayList<>();
        long previousSeq = Long.MIN_VALUE;
        for (StoredMessage row : rows) {
            assertThat(row.seq()).as("seq order").isGreaterThan(previousSeq);
            previousSeq = row.seq();
            assertThat(row.txRef()).isEqualTo(AppendingChild.TX_REF);
            assertThat(row.attempts()).isZero();
            if (row != rows.get(0)) {
                assertThat(row.action()).isEqualTo(Action.METER_VALUES);
                stored.add(reading((MeterValuesRequest) Payloads.read(row.action(), row.payload())));
            }
        }
        int highestAck = acks.meterValues.last();
        assertThat(stored).as("stored readings, in seq order: 0..k without gap or duplicate")
                .isEqualTo(range(stored.size()));
        assertThat(stored).as("every acknowledged reading is stored").containsAll(acks.meterValues);
        assertThat(stored.size() - 1).as("k").isGreaterThanOrEqualTo(highestAck);
        System.out.printf("KillDuringAppendTest: %d MeterValues acknowledged (highest %d), %d stored,"
                        + " %d stored but not acknowledged before SIGKILL%n",
                acks.meterValues.size(), highestAck, stored.size(), stored.size() - acks.meterValues.size());

        long t1 = System.nanoTime();

        // ---- 3. a new session delivers exactly what is stored, once, in order, with the assigned transactionId
        backend = new JavaOcaBackend();
        scheduler = Schedulers.newSingle("kill-test-session");
        store = new StoreWriter(SqliteQueueStore.open(file), "kill-test-store");
        SessionConfig config = SessionConfig.builder(backend.url(), "CP-KILL")
                .messageQueueCapacity(100_000)
                .reconnectMinDelay(Duration.ofMillis(100))
                .reconnectMaxDelay(Duration.ofMillis(500))
                .responseTimeout(Duration.ofSeconds(5))
                // Java-OCA-OCPP answers from a thread pool, and Java-WebSocket 1.5.2 then now and again loses the
                // write interest of an answer: it stays in the server's queue until the server writes anything
                // else (seen with a TCP relay: the answer left the server 5 s late, together with the reply to our
                // close). Without pings the CALL would time out and be sent again after the retry interval, and the
                // backend would see it twice. A ping a second makes the server write a pong, which flushes it.
                .pingInterval(Duration.ofSeconds(1))
                .build();
        NettyTransport netty = new NettyTransport();
        session = OcppSession.builder(config, store, scheduler)
                .transport(c -> netty.connect(c).map(link -> new RecordingLink(link, wire)))
                .build();
        ConnectableFlux<TransactionOutcome> outcomes = session.transactionOutcomes().replay();
        outcomes.connect();
        session.start().block(WAIT);
        assertThat(session.queueStates().blockFirst(WAIT).depth()).isEqualTo(rows.size());
        var boot = session.call(new BootNotificationRequest("ACME", "Wallbox 22", null, null, null, null, null, null,
                null)).block(WAIT);
        assertThat(boot.status()).isEqualTo(RegistrationStatus.ACCEPTED);
        session.admit(true);

        QueueState drained;
        try {
            drained = session.queueStates().filter(state -> state.depth() == 0).blockFirst(Duration.ofSeconds(20));
        } catch (IllegalStateException timeout) {
            throw new AssertionError("the queue did not drain within 20 s: " + session.queueStates().blockFirst(WAIT)
                    + ", " + session.connectionStates().blockFirst(WAIT) + ", the backend received "
                    + backend.received.size() + " requests, the last: "
                    + (backend.received.isEmpty() ? null : backend.received.get(backend.received.size() - 1))
                    + "; the last frames on the wire:\n" + String.join("\n",
                    wire.subList(Math.max(0, wire.size() - 8), wire.size())), timeout);
        }
        assertThat(drained.deadLetters()).isZero();
        System.out.printf("KillDuringAppendTest: child run and kill %d ms, delivery of %d messages %d ms,"
                        + " longest wait for an answer %d ms%n",
                (t1 - t0) / 1_000_000, rows.size(), (System.nanoTime() - t1) / 1_000_000, longestAnswerWait());

        List<TransactionOutcome> delivered = outcomes.take(rows.size()).collectList().block(WAIT);
        assertThat(delivered).allMatch(TransactionOutcome::delivered, "delivered");
        assertThat(delivered.get(0).confirmation()).isInstanceOf(StartTransactionConfirmation.class);
        int transactionId = ((StartTransactionConfirmation) delivered.get(0).confirmation()).transactionId();
        assertThat(delivered).extracting(TransactionOutcome::seq).containsExactlyElementsOf(
                rows.stream().map(StoredMessage::seq).toList());

        // what the backend received: everything stored, each once, in order
        var starts = backend.received.stream()
                .filter(eu.chargetime.ocpp.model.core.StartTransactionRequest.class::isInstance).toList();
        assertThat(starts).as("StartTransactions received").hasSize(1);
        List<eu.chargetime.ocpp.model.Request> transactional = backend.received.stream()
                .filter(r -> r instanceof eu.chargetime.ocpp.model.core.StartTransactionRequest
                        || r instanceof eu.chargetime.ocpp.model.core.MeterValuesRequest)
                .toList();
        assertThat(transactional.get(0)).isSameAs(starts.get(0));
        List<Integer> received = new ArrayList<>();
        for (var request : transactional.subList(1, transactional.size())) {
            var values = (eu.chargetime.ocpp.model.core.MeterValuesRequest) request;
            assertThat(values.getTransactionId()).as("transactionId of reading " + received.size())
                    .isEqualTo(transactionId);
            var sample = values.getMeterValue()[0].getSampledValue()[0];
            assertThat(sample.getMeasurand()).isEqualTo(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER.literal());
            received.add(Integer.parseInt(sample.getValue()));
        }
        assertThat(received).as("readings delivered, in order, each once").isEqualTo(stored);
        assertThat(received).as("every acknowledged reading was delivered").containsAll(acks.meterValues);
        // nothing arrives late: the queue is empty, and a final heartbeat round trip flushes the link
        session.call(io.reactiveocpp.codec.message.core.HeartbeatRequest.INSTANCE).block(WAIT);
        assertThat(backend.received.stream()
                .filter(eu.chargetime.ocpp.model.core.MeterValuesRequest.class::isInstance).count())
                .isEqualTo(stored.size());
    }

    // ------------------------------------------------------------------------------------------- the child

    /** What the child acknowledged before it died. */
    private static final class Acks {
        boolean start;
        final TreeSet<Integer> meterValues = new TreeSet<>();

        void add(String line) {
            if (line.equals("ACK START")) {
                start = true;
            } else if (line.startsWith("ACK MV ")) {
                assertThat(meterValues.add(Integer.parseInt(line.substring(7)))).as("acknowledged once: " + line).isTrue();
            } else {
                throw new AssertionError("unexpected line from the child: " + line);
            }
        }
    }

    private static final String EOF = "\u0000EOF";

    private Acks runAndKillChild(Path file, int closedPort, Path childErr) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), AppendingChild.class.getName(),
                file.toString(), Integer.toString(closedPort), Integer.toString(IN_FLIGHT))
                .redirectError(childErr.toFile());
        child = builder.start();
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(child.getInputStream(), lines), "child-stdout");
        reader.setDaemon(true);
        reader.start();

        Acks acks = new Acks();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (acks.meterValues.size() < ACKS_BEFORE_KILL) {
            long left = deadline - System.nanoTime();
            String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
            if (line == null || line.equals(EOF)) {
                throw new AssertionError((line == null ? "no " + ACKS_BEFORE_KILL + " acknowledgements within 20 s"
                        : "the child ended early") + " (got " + acks.meterValues.size() + "); its stderr:\n"
                        + stderr(childErr));
            }
            acks.add(line);
        }

        // SIGKILL, mid-append: only the child, by its handle
        assertThat(child.isAlive()).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).as("the child died").isTrue();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        // whatever it printed before it died was acknowledged too: read up to EOF
        reader.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(reader.isAlive()).as("stdout of the killed child reached EOF").isFalse();
        child.getOutputStream().close();
        String line;
        while (!(line = lines.take()).equals(EOF)) {
            acks.add(line);
        }
        return acks;
    }

    /** Complete lines only: a line cut off by the kill has no newline and was never an acknowledgement. */
    private static void readLines(InputStream in, LinkedBlockingQueue<String> lines) {
        try (InputStream buffered = new BufferedInputStream(in)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = buffered.read()) >= 0) {
                if (b == '\n') {
                    lines.add(line.toString(StandardCharsets.US_ASCII));
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        } catch (IOException e) {
            // the pipe broke with the child: end of the acknowledgements
        } finally {
            lines.add(EOF);
        }
    }

    // ------------------------------------------------------------------------------------------- helpers

    /** The longest time between a CALL going out and its CALLRESULT coming in, from the recorded frames. */
    private long longestAnswerWait() {
        long longest = 0;
        long sentAt = -1;
        for (String frame : wire) {
            long at = Long.parseLong(frame.substring(0, frame.indexOf(' ')));
            if (frame.contains(" -> [2,")) {
                sentAt = at;
            } else if (frame.contains(" <- [3,") && sentAt >= 0) {
                longest = Math.max(longest, at - sentAt);
                sentAt = -1;
            }
        }
        return longest;
    }

    /** Keeps every frame that passes, with the time, to say where a stall is. */
    private record RecordingLink(Link link, List<String> wire) implements Link {
        @Override
        public Flux<LinkEvent> inbound() {
            return link.inbound().doOnNext(event -> wire.add(System.nanoTime() / 1_000_000 + " <- " + (event instanceof Text
                    ? new String(((Text) event).utf8(), StandardCharsets.UTF_8) : event)))
                    .doOnComplete(() -> wire.add(System.nanoTime() / 1_000_000 + " <- (closed)"))
                    .doOnError(e -> wire.add(System.nanoTime() / 1_000_000 + " <- (broken: " + e + ")"));
        }

        @Override
        public void send(byte[] utf8) {
            String text = new String(utf8, StandardCharsets.UTF_8);
            wire.add(System.nanoTime() / 1_000_000 + " -> " + (text.length() > 120 ? text.substring(0, 120) + "..." : text));
            link.send(utf8);
        }

        @Override
        public void ping() {
            wire.add(System.nanoTime() / 1_000_000 + " -> (ping)");
            link.ping();
        }

        @Override
        public boolean writable() {
            return link.writable();
        }

        @Override
        public Flux<Boolean> writability() {
            return link.writability();
        }

        @Override
        public Mono<Void> close(int code, String reason) {
            wire.add(System.nanoTime() / 1_000_000 + " -> (close " + code + ")");
            return link.close(code, reason);
        }
    }

    private static int reading(MeterValuesRequest request) {
        SampledValue register = request.meterValue().get(0).sampledValue().get(0);
        assertThat(register.measurand()).isEqualTo(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER);
        assertThat(request.transactionId()).as("stored without transactionId (bound at dispatch)").isNull();
        return Integer.parseInt(register.value());
    }

    private static List<Integer> range(int n) {
        List<Integer> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static String stderr(Path file) {
        try {
            String text = Files.readString(file);
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
