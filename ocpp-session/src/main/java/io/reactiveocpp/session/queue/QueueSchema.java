package io.reactiveocpp.session.queue;

import io.reactiveocpp.codec.action.Action;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of {@link SqliteQueueStore}, and the migration of a database written before the queue kept its
 * thinning candidates: their two columns are added and filled from the payloads, once.
 */
final class QueueSchema {

    /** The columns {@link #row} reads, in its order. */
    static final String COLUMNS = "seq, tx_ref, action, payload, eichrecht, attempts, created_at, thinnable, thin";

    private QueueSchema() {
    }

    static void create(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // before the first table: lets a drained queue give its pages back to the disk (incremental_vacuum)
            s.execute("PRAGMA auto_vacuum=INCREMENTAL");
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            boolean old = exists(s, "outbound") && !hasColumn(s, "outbound", "thin");
            s.execute("CREATE TABLE IF NOT EXISTS outbound (seq INTEGER PRIMARY KEY, tx_ref INTEGER NOT NULL,"
                    + " action TEXT NOT NULL, payload TEXT NOT NULL, eichrecht INTEGER NOT NULL,"
                    + " attempts INTEGER NOT NULL, created_at INTEGER NOT NULL, thinnable INTEGER NOT NULL DEFAULT 0,"
                    + " thin INTEGER NOT NULL DEFAULT 0)");
            if (old) {
                s.execute("ALTER TABLE outbound ADD COLUMN thinnable INTEGER NOT NULL DEFAULT 0");
                s.execute("ALTER TABLE outbound ADD COLUMN thin INTEGER NOT NULL DEFAULT 0");
            }
            // the thinning candidates, found in seq order without reading the queue
            s.execute("CREATE INDEX IF NOT EXISTS outbound_thin ON outbound (seq) WHERE thin = 1");
            s.execute("CREATE TABLE IF NOT EXISTS dead_letter (seq INTEGER PRIMARY KEY, tx_ref INTEGER NOT NULL,"
                    + " action TEXT NOT NULL, payload TEXT NOT NULL, eichrecht INTEGER NOT NULL,"
                    + " attempts INTEGER NOT NULL, created_at INTEGER NOT NULL, failed_at INTEGER NOT NULL,"
                    + " reason TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS tx (tx_ref INTEGER PRIMARY KEY, transaction_id INTEGER,"
                    + " open INTEGER NOT NULL)");
            // the highest seq ever handed out, so that seq stays unique after the queue drained
            s.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)");
            if (old) {
                migrate(connection, s);
            }
        }
    }

    static StoredMessage row(ResultSet r) throws SQLException {
        return new StoredMessage(r.getLong(1), r.getLong(2), Action.byName(r.getString(3)), r.getString(4),
                r.getInt(5) != 0, r.getInt(6), r.getLong(7), r.getInt(8) != 0);
    }

    /** Fills thinnable and thin of the rows a version without them wrote (autocommit is still on here). */
    private static void migrate(Connection connection, Statement s) throws SQLException {
        s.execute("BEGIN");
        try (PreparedStatement set = connection.prepareStatement("UPDATE outbound SET thinnable = ? WHERE seq = ?");
             PreparedStatement mark = connection.prepareStatement("UPDATE outbound SET thin = 1 WHERE seq = ?");
             Statement read = connection.createStatement();
             ResultSet r = read.executeQuery("SELECT seq, tx_ref, action, payload, eichrecht FROM outbound ORDER BY seq")) {
            long[] tx = new long[2];
            long[] seq = new long[2];
            boolean[] thin = new boolean[2];
            int seen = 0;
            while (r.next()) {
                boolean thinnable = StoredMessage.thinnable(Action.byName(r.getString(3)), r.getString(4), r.getInt(5) != 0);
                if (thinnable) {
                    set.setInt(1, 1);
                    set.setLong(2, r.getLong(1));
                    set.executeUpdate();
                }
                if (seen >= 2 && thinnable && thin[0] && thin[1] && tx[0] == r.getLong(2) && tx[1] == r.getLong(2)) {
                    mark.setLong(1, seq[1]);
                    mark.executeUpdate();
                }
                tx[0] = tx[1];
                seq[0] = seq[1];
                thin[0] = thin[1];
                tx[1] = r.getLong(2);
                seq[1] = r.getLong(1);
                thin[1] = thinnable;
                seen++;
            }
        }
        s.execute("COMMIT");
    }

    private static boolean exists(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
            return r.next();
        }
    }

    private static boolean hasColumn(Statement s, String table, String column) throws SQLException {
        try (ResultSet r = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (r.next()) {
                if (column.equals(r.getString("name"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
