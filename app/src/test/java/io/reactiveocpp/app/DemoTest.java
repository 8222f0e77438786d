package io.reactiveocpp.app;

import io.reactiveocpp.session.queue.QueueStore;
import io.reactiveocpp.session.queue.SqliteQueueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's run command: {@code --demo} runs a full charging session against the built-in backend. */
class DemoTest {

    @TempDir
    Path dir;

    @Test
    void theDemoRunsAChargingSessionAndDeliversEveryTransactionMessage() {
        int exit = new CommandLine(new Main()).execute("--demo", "--data-dir", dir.toString(), "--demo-seconds", "3",
                "--http-port", "0");
        assertThat(exit).isZero();
        try (SqliteQueueStore store = SqliteQueueStore.open(dir.resolve("queue.db"))) {
            QueueStore.Snapshot left = store.load();
            assertThat(left.messages()).as("nothing left undelivered").isEmpty();
            assertThat(left.deadLetters()).isZero();
        }
        try (var engine = io.reactiveocpp.engine.store.SqliteEngineStore.open(dir.resolve("engine.db"))) {
            assertThat(engine.load("engine")).as("one transaction was started").containsEntry("nextTxRef", "2");
            assertThat(engine.load("tx")).as("and it was closed").isEmpty();
        }
    }

    @Test
    void aBadValueStopsTheStartWithTheKeyAndTheRange() {
        var err = new java.io.StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new java.io.PrintWriter(err));
        int exit = cli.execute("--id", "CP-1", "--backend", "ws://127.0.0.1:1", "--connectors", "99",
                "--data-dir", dir.toString());
        assertThat(exit).isEqualTo(1);
    }
}
