package io.reactiveocpp.session.queue;

import io.reactiveocpp.codec.action.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** A queue written by the version before thinning candidates were stored opens with them filled in. */
class QueueSchemaTest {

    @TempDir
    Path dir;

    @Test
    void aQueueWrittenWithoutCandidateColumnsIsMigratedAndThinsByTheSameRule() throws Exception {
        Path file = dir.resolve("queue.db");
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = old.createStatement()) {
            s.execute("CREATE TABLE outbound (seq INTEGER PRIMARY KEY, tx_ref INTEGER NOT NULL, action TEXT NOT NULL,"
                    + " payload TEXT NOT NULL, eichrecht INTEGER NOT NULL, attempts INTEGER NOT NULL,"
                    + " created_at INTEGER NOT NULL)");
            s.execute("CREATE TABLE tx (tx_ref INTEGER PRIMARY KEY, transaction_id INTEGER, open INTEGER NOT NULL)");
            s.execute("INSERT INTO tx VALUES (7, NULL, 1)");
            try (PreparedStatement insert = old.prepareStatement("INSERT INTO outbound VALUES (?, 7, ?, ?, 0, 0, 0)")) {
                insert.setLong(1, 1);
                insert.setString(2, "StartTransaction");
                insert.setString(3, Payloads.write(QueueDriver.start(7).request()));
                insert.executeUpdate();
                for (int n = 0; n < 5; n++) { // seq 2..6; 3, 4 and 5 lie between two others of the run
                    insert.setLong(1, n + 2);
                    insert.setString(2, "MeterValues");
                    insert.setString(3, Payloads.write(QueueDriver.periodic(7, n).request()));
                    insert.executeUpdate();
                }
            }
        }
        try (SqliteQueueStore store = SqliteQueueStore.open(file)) {
            QueueStore.Summary summary = store.summary(10);
            assertThat(summary.depth()).isEqualTo(6);
            assertThat(summary.candidates()).isEqualTo(3);
            assertThat(summary.head()).extracting(q -> q.message().thinnable())
                    .containsExactly(false, true, true, true, true, true);
            assertThat(summary.openTransactions()).containsExactly(7L);
            assertThat(store.thinOne(0)).as("the first candidate after the first two").isEqualTo(3);
            store.append(new StoredMessage(7, 7, Action.METER_VALUES, Payloads.write(QueueDriver.periodic(7, 5).request()),
                    false, 0, 0, true));
            store.commit();
            assertThat(store.summary(10).candidates()).as("4 and 5, and 6 now that 7 follows it").isEqualTo(3);
        }
    }
}
