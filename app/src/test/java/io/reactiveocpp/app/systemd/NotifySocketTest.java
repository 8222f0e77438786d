package io.reactiveocpp.app.systemd;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Both ways a message reaches a real unix datagram socket: Netty's native socket, and the systemd-notify fallback. */
class NotifySocketTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir Path dir;

    @Test
    void sendsOneDatagramPerMessageThroughTheNativeSocket() throws Exception {
        try (NotifyReceiver systemd = NotifyReceiver.bind(dir.resolve("notify").toString())) {
            Consumer<String> socket = NotifySocket.to(systemd.address());
            socket.accept("READY=1\nSTATUS=up");
            socket.accept("WATCHDOG=1");

            assertThat(systemd.next("READY=1", WAIT, () -> "").text()).isEqualTo("READY=1\nSTATUS=up");
            systemd.next("WATCHDOG=1", WAIT, () -> "");
        }
    }

    @Test
    void withoutTheNativeLibraryTheMessageGoesThroughSystemdNotify() throws Exception {
        Assumptions.assumeTrue(new ProcessBuilder("sh", "-c", "command -v systemd-notify").start().waitFor() == 0,
                "systemd-notify is not installed");
        try (NotifyReceiver systemd = NotifyReceiver.bind(dir.resolve("notify").toString())) {
            NotifySocket.command(systemd.address()).accept("READY=1\nSTATUS=up");

            assertThat(systemd.next("READY=1", WAIT, () -> "").text()).isEqualTo("READY=1\nSTATUS=up");
        }
    }
}
