package io.reactiveocpp.app.logs;

import io.reactiveocpp.codec.type.LogType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the rolled files back for GetDiagnostics and GetLog: order, window, multi-line entries, security log. */
class RollingLogSourceTest {

    @TempDir
    Path dir;

    private static String line(String time, String logger, String message) {
        return "2026-11-25T" + time + ".000Z INFO  [engine] " + logger + " " + message + "\n";
    }

    private void files() throws IOException {
        Files.writeString(dir.resolve("reactive-ocpp.2.log"), "a torn line without a time stamp\n"
                + line("09:00:00", "io.reactiveocpp.engine.boot.Registration", "boot accepted"));
        Files.writeString(dir.resolve("reactive-ocpp.1.log"),
                line("10:00:00", "io.reactiveocpp.app.web.OperatorAuth", "login refused for admin from 127.0.0.1")
                        + line("10:30:00", "io.reactiveocpp.engine.transaction.Transactions", "stop failed")
                        + "java.lang.IllegalStateException: boom\n\tat somewhere\n");
        Files.writeString(dir.resolve("reactive-ocpp.log"),
                line("11:00:00", "io.reactiveocpp.session.TlsContexts", "certificate expires soon")
                        + line("12:00:00", "io.reactiveocpp.engine.ChargePoint", "later"));
    }

    @Test
    void theEntriesOfTheWindowComeOldestFirstWithTheirFollowingLines() throws IOException {
        files();
        RollingLogSource source = new RollingLogSource(dir);

        assertThat(source.entries(LogType.DIAGNOSTICS_LOG, Instant.parse("2026-11-25T10:00:00Z"),
                Instant.parse("2026-11-25T11:00:00Z")).collectList().block()).containsExactly(
                line("10:00:00", "io.reactiveocpp.app.web.OperatorAuth", "login refused for admin from 127.0.0.1").strip(),
                line("10:30:00", "io.reactiveocpp.engine.transaction.Transactions", "stop failed")
                        + "java.lang.IllegalStateException: boom\n\tat somewhere",
                line("11:00:00", "io.reactiveocpp.session.TlsContexts", "certificate expires soon").strip());
        assertThat(source.entries(LogType.DIAGNOSTICS_LOG, null, null).collectList().block())
                .as("an open window: all, the torn line (no time stamp) left out").hasSize(5);
    }

    @Test
    void theSecurityLogHoldsTheEntriesOfTheSecurityLoggersOnly() throws IOException {
        files();
        assertThat(new RollingLogSource(dir).entries(LogType.SECURITY_LOG, null, null).collectList().block())
                .extracting(entry -> entry.substring(0, 24))
                .containsExactly("2026-11-25T10:00:00.000Z", "2026-11-25T11:00:00.000Z");
    }

    @Test
    void noFilesNoEntries() {
        assertThat(new RollingLogSource(dir.resolve("missing")).entries(LogType.DIAGNOSTICS_LOG, null, null)
                .collectList().block()).isEmpty();
    }
}
