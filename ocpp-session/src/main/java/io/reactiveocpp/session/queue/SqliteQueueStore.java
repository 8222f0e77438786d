package io.reactiveocpp.session.queue;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.session.DeadLetter;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The durable {@link QueueStore}: one SQLite file in WAL mode with {@code synchronous=FULL}, so a commit is
 * on disk (fsync) when {@link #commit()} returns and survives a killed process or a power cut. Writes
 * between commits form one transaction; {@link StoreWriter} groups concurrent appends that way (group
 * commit).
 *
 * <p>Tables: {@code outbound} (the queue), {@code dead_letter} (exhausted messages, kept), {@code tx} (per
 * txRef: open or closed, and the backend's transactionId once known).
 */
public final class SqliteQueueStore implements QueueStore {

    private final Connection connection;
    private final PreparedStatement insert;
    private final PreparedStatement lastSeq;
    private final PreparedStatement openTx;
    private final PreparedStatement closeTx;
    private final PreparedStatement delete;
    private final PreparedStatement bind;
    private final PreparedStatement attempts;
    private final PreparedStatement moveToDeadLetter;

    /** Opens or creates the database file. */
    public static SqliteQueueStore open(Path file) {
        try {
            return new SqliteQueueStore(DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the queue database " + file + ": " + e.getMessage(), e);
        }
    }

    private SqliteQueueStore(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("CREATE TABLE IF NOT EXISTS outbound (seq INTEGER PRIMARY KEY, tx_ref INTEGER NOT NULL,"
                    + " action TEXT NOT NULL, payload TEXT NOT NULL, eichrecht INTEGER NOT NULL,"
                    + " attempts INTEGER NOT NULL, created_at INTEGER NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS dead_letter (seq INTEGER PRIMARY KEY, tx_ref INTEGER NOT NULL,"
                    + " action TEXT NOT NULL, payload TEXT NOT NULL, eichrecht INTEGER NOT NULL,"
                    + " attempts INTEGER NOT NULL, created_at INTEGER NOT NULL, failed_at INTEGER NOT NULL,"
                    + " reason TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS tx (tx_ref INTEGER PRIMARY KEY, transaction_id INTEGER,"
                    + " open INTEGER NOT NULL)");
            // the highest seq ever handed out, so that seq stays unique after the queue drained
            s.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)");
        }
        connection.setAutoCommit(false);
        insert = connection.prepareStatement("INSERT INTO outbound VALUES (?, ?, ?, ?, ?, ?, ?)");
        lastSeq = connection.prepareStatement("INSERT INTO meta (key, value) VALUES ('last_seq', ?)"
                + " ON CONFLICT(key) DO UPDATE SET value = MAX(value, excluded.value)");
        openTx = connection.prepareStatement("INSERT OR REPLACE INTO tx (tx_ref, transaction_id, open) VALUES (?, NULL, 1)");
        closeTx = connection.prepareStatement("UPDATE tx SET open = 0 WHERE tx_ref = ?");
        delete = connection.prepareStatement("DELETE FROM outbound WHERE seq = ?");
        bind = connection.prepareStatement("UPDATE tx SET transaction_id = ? WHERE tx_ref = ?");
        attempts = connection.prepareStatement("UPDATE outbound SET attempts = ? WHERE seq = ?");
        moveToDeadLetter = connection.prepareStatement("INSERT INTO dead_letter SELECT seq, tx_ref, action, payload,"
                + " eichrecht, attempts, created_at, ?, ? FROM outbound WHERE seq = ?");
    }

    @Override
    public Snapshot load() {
        try (Statement s = connection.createStatement()) {
            // transactions that are closed and have nothing left to send are forgotten
            s.execute("DELETE FROM tx WHERE open = 0 AND tx_ref NOT IN (SELECT tx_ref FROM outbound)");
            connection.commit();
            List<StoredMessage> messages = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT * FROM outbound ORDER BY seq")) {
                while (r.next()) {
                    messages.add(new StoredMessage(r.getLong(1), r.getLong(2), Action.byName(r.getString(3)),
                            r.getString(4), r.getInt(5) != 0, r.getInt(6), r.getLong(7)));
                }
            }
            Map<Long, Integer> bindings = new HashMap<>();
            Set<Long> open = new HashSet<>();
            try (ResultSet r = s.executeQuery("SELECT tx_ref, transaction_id, open FROM tx")) {
                while (r.next()) {
                    int transactionId = r.getInt(2);
                    if (!r.wasNull()) {
                        bindings.put(r.getLong(1), transactionId);
                    }
                    if (r.getInt(3) != 0) {
                        open.add(r.getLong(1));
                    }
                }
            }
            long deadLetters;
            long maxSeq;
            try (ResultSet r = s.executeQuery("SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM dead_letter")) {
                r.next();
                deadLetters = r.getLong(1);
                maxSeq = r.getLong(2);
            }
            try (ResultSet r = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM outbound")) {
                r.next();
                maxSeq = Math.max(maxSeq, r.getLong(1));
            }
            try (ResultSet r = s.executeQuery("SELECT COALESCE(MAX(value), 0) FROM meta WHERE key = 'last_seq'")) {
                r.next();
                maxSeq = Math.max(maxSeq, r.getLong(1));
            }
            connection.commit();
            return new Snapshot(messages, bindings, open, deadLetters, maxSeq + 1);
        } catch (SQLException e) {
            throw failed("load", e);
        }
    }

    @Override
    public void append(StoredMessage m) {
        try {
            insert.setLong(1, m.seq());
            insert.setLong(2, m.txRef());
            insert.setString(3, m.action().wireName());
            insert.setString(4, m.payload());
            insert.setInt(5, m.eichrecht() ? 1 : 0);
            insert.setInt(6, m.attempts());
            insert.setLong(7, m.createdAt());
            insert.executeUpdate();
            lastSeq.setLong(1, m.seq());
            lastSeq.executeUpdate();
            if (m.action() == Action.START_TRANSACTION) {
                openTx.setLong(1, m.txRef());
                openTx.executeUpdate();
            } else if (m.action() == Action.STOP_TRANSACTION) {
                closeTx.setLong(1, m.txRef());
                closeTx.executeUpdate();
            }
        } catch (SQLException e) {
            throw failed("append", e);
        }
    }

    @Override
    public void delivered(long seq, long txRef, Integer transactionId) {
        try {
            delete.setLong(1, seq);
            delete.executeUpdate();
            if (transactionId != null) {
                bind.setInt(1, transactionId);
                bind.setLong(2, txRef);
                bind.executeUpdate();
            }
        } catch (SQLException e) {
            throw failed("delivered", e);
        }
    }

    @Override
    public void drop(long seq) {
        try {
            delete.setLong(1, seq);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw failed("drop", e);
        }
    }

    @Override
    public void attempted(long seq, int n) {
        try {
            attempts.setInt(1, n);
            attempts.setLong(2, seq);
            attempts.executeUpdate();
        } catch (SQLException e) {
            throw failed("attempted", e);
        }
    }

    @Override
    public void deadLetter(long seq, long failedAt, String reason) {
        try {
            moveToDeadLetter.setLong(1, failedAt);
            moveToDeadLetter.setString(2, reason);
            moveToDeadLetter.setLong(3, seq);
            moveToDeadLetter.executeUpdate();
            delete.setLong(1, seq);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw failed("deadLetter", e);
        }
    }

    @Override
    public List<DeadLetter> deadLetters(int limit) {
        List<DeadLetter> result = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT * FROM dead_letter ORDER BY seq LIMIT ?")) {
            q.setInt(1, limit);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    result.add(new DeadLetter(new StoredMessage(r.getLong(1), r.getLong(2),
                            Action.byName(r.getString(3)), r.getString(4), r.getInt(5) != 0, r.getInt(6),
                            r.getLong(7)), r.getLong(8), r.getString(9)));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw failed("deadLetters", e);
        }
        return result;
    }

    @Override
    public void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw failed("commit", e);
        }
    }

    @Override
    public void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw failed("rollback", e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failed("close", e);
        }
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("queue database " + what + " failed: " + e.getMessage(), e);
    }
}
