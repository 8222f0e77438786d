package io.reactiveocpp.session.queue;

import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.message.security.SecurityEventNotificationRequest;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.testing.FakeTransport;
import io.reactiveocpp.session.testing.SecurityEventChild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security events acknowledged by {@code enqueue} survive SIGKILL of the process that queued them (no stop, no
 * close of the SQLite file): a new session on the file delivers each once, in order.
 */
class SecurityEventKillTest {

    private static final int COUNT = 5;
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void acknowledgedSecurityEventsSurviveSigkillAndAreDeliveredOnceInOrder() throws Exception {
        Path file = dir.resolve("queue.db");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                SecurityEventChild.class.getName(), file.toString(), Integer.toString(closedPort),
                Integer.toString(COUNT)).redirectError(dir.resolve("child.stderr").toFile()).start();
        List<String> acks = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.US_ASCII))) {
            for (String line = out.readLine(); line != null && !line.equals("DONE"); line = out.readLine()) {
                if (line.matches("ACK \\d+")) { // the child's logs may share its stdout
                    acks.add(line);
                }
            }
            child.destroyForcibly(); // SIGKILL, this child only
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        assertThat(acks).containsExactly("ACK 0", "ACK 1", "ACK 2", "ACK 3", "ACK 4");

        VirtualTimeScheduler time = VirtualTimeScheduler.create();
        FakeTransport transport = new FakeTransport();
        StoreWriter store = StoreWriter.inline(SqliteQueueStore.open(file));
        OcppSession session = OcppSession.builder(SessionConfig.builder("ws://backend.test", "CP-KILL")
                .pingInterval(Duration.ZERO).build(), store, time).transport(transport).build();
        try {
            session.start().block(WAIT);
            session.admit(true);
            FakeTransport.FakeLink link = transport.accept();
            for (int n = 0; n < COUNT; n++) {
                Call call = link.nextCall();
                assertThat(((SecurityEventNotificationRequest) call.payload()).techInfo()).isEqualTo(Integer.toString(n));
                link.answer(call, "{}");
            }
            assertThat(link.quiet()).as("each once").isTrue();
        } finally {
            session.stop().block(WAIT);
            store.close();
            time.dispose();
        }
    }
}
