package io.reactiveocpp.session.queue;

import io.reactiveocpp.codec.action.Action;

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
/**
 * The durable {@link QueueStore}: one SQLite file in WAL mode with {@code synchronous=FULL}, so a commit is
 * on disk (fsync) when {@link #commit()} returns and survives a killed process or a power cut. Writes
 * between commits form one transaction; {@link StoreWriter} groups concurrent appends that way (group
 * commit).
 *
 * <p>Tables: {@code outbound} (the queue, with each row's thinning-candidate flag under a partial index),
 * {@code dead_letter} (exhausted messages, kept), {@code tx} (per txRef: open or closed, and the backend's
 * transactionId once known).
 *
 * <p>A ballast file next to the database ({@code <file>.reserve}, zeros) holds back room on the disk. When a
 * write fails because the disk is full, {@link #releaseReserve()} deletes it, so that the StopTransactions of
 * the running transactions can still be stored; once the queue has drained and there is room again,
 * {@link #restoreReserve()} gives the database's free pages back to the disk and writes the ballast again.
 */
public final class SqliteQueueStore implements QueueStore {

    private static final int SQLITE_FULL = 13;

    /** Per connector: a StopTransaction and a final signed MeterValues, with their pages and WAL frames. */
    public static final long RESERVE_PER_CONNECTOR = 32 * 1024;
    /** The reserve of {@link #open(Path)}: 64 KiB and two connectors. */
    public static final long DEFAULT_RESERVE = reserveFor(2);

    private final Connection connection;
    private final DiskReserve reserve;
    private final PreparedStatement insert;
    private final PreparedStatement lastSeq;
    private final PreparedStatement openTx;
    private final PreparedStatement closeTx;
    private final PreparedStatement delete;
    private final PreparedStatement bind;
    private final PreparedStatement attempts;
    private final PreparedStatement moveToDeadLetter;
    private final PreparedStatement lastTwo;
    private final PreparedStatement markCandidate;
    private final PreparedStatement page;
    private final PreparedStatement second;
    private final PreparedStatement firstCandidate;

    /** Opens or creates the database file, with a reserve of {@link #DEFAULT_RESERVE} bytes. */
    public static SqliteQueueStore open(Path file) {
        return open(file, DEFAULT_RESERVE);
    }

    /** Opens or creates the database file, with a ballast file of {@code reserveBytes} next to it. */
    public static SqliteQueueStore open(Path file, long reserveBytes) {
        if (reserveBytes < 0) {
            throw new IllegalArgumentException("reserveBytes must not be negative: " + reserveBytes);
        }
        Path ballast = file.resolveSibling(file.getFileName() + ".reserve");
        return open(file, connection -> DiskReserve.ballast(ballast, reserveBytes));
    }

    /** The reserve for a charge point of {@code connectors}: 64 KiB and {@link #RESERVE_PER_CONNECTOR} each. */
    public static long reserveFor(int connectors) {
        if (connectors < 1) {
            throw new IllegalArgumentException("connectors must be at least 1: " + connectors);
        }
        return 64 * 1024 + connectors * RESERVE_PER_CONNECTOR;
    }

    /**
     * A store on a simulated small disk: the database may grow to {@code maxPages} pages, {@code reservePages}
     * of them held back as the reserve (SQLite's {@code max_page_count}; for tests where no small file system
     * can be mounted).
     */
    static SqliteQueueStore openWithPageLimit(Path file, int maxPages, int reservePages) {
        return open(file, connection -> DiskReserve.pageLimit(connection, maxPages, reservePages));
    }

    private static SqliteQueueStore open(Path file, java.util.function.Function<Connection, DiskReserve> reserve) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            return new SqliteQueueStore(connection, reserve);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the queue database " + file + ": " + e.getMessage(), e);
        }
    }

    private SqliteQueueStore(Connection connection, java.util.function.Function<Connection, DiskReserve> reserve)
            throws SQLException {
        this.connection = connection;
        QueueSchema.create(connection);
        this.reserve = reserve.apply(connection);
        connection.setAutoCommit(false);
        insert = connection.prepareStatement("INSERT INTO outbound (seq, tx_ref, action, payload, eichrecht, attempts,"
                + " created_at, thinnable, thin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)");
        lastSeq = connection.prepareStatement("INSERT INTO meta (key, value) VALUES ('last_seq', ?)"
                + " ON CONFLICT(key) DO UPDATE SET value = MAX(value, excluded.value)");
        openTx = connection.prepareStatement("INSERT OR REPLACE INTO tx (tx_ref, transaction_id, open) VALUES (?, NULL, 1)");
        closeTx = connection.prepareStatement("UPDATE tx SET open = 0 WHERE tx_ref = ?");
        delete = connection.prepareStatement("DELETE FROM outbound WHERE seq = ?");
        bind = connection.prepareStatement("UPDATE tx SET transaction_id = ? WHERE tx_ref = ?");
        attempts = connection.prepareStatement("UPDATE outbound SET attempts = ? WHERE seq = ?");
        moveToDeadLetter = connection.prepareStatement("INSERT INTO dead_letter SELECT seq, tx_ref, action, payload,"
                + " eichrecht, attempts, created_at, ?, ? FROM outbound WHERE seq = ?");
        lastTwo = connection.prepareStatement("SELECT " + QueueSchema.COLUMNS + " FROM outbound ORDER BY seq DESC LIMIT 2");
        markCandidate = connection.prepareStatement("UPDATE outbound SET thin = 1 WHERE seq = ?");
        page = connection.prepareStatement("SELECT " + QueueSchema.COLUMNS + " FROM outbound WHERE seq > ? AND seq <= ?"
                + " ORDER BY seq LIMIT ?");
        second = connection.prepareStatement("SELECT seq FROM outbound ORDER BY seq LIMIT 1 OFFSET 1");
        firstCandidate = connection.prepareStatement("SELECT seq FROM outbound INDEXED BY outbound_thin"
                + " WHERE thin = 1 AND seq > ? ORDER BY seq LIMIT 1");
    }

    @Override
    public Snapshot load() {
        try (Statement s = connection.createStatement()) {
            forgetClosedTransactions(s);
            List<StoredMessage> messages = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT " + QueueSchema.COLUMNS + " FROM outbound ORDER BY seq")) {
                while (r.next()) {
                    messages.add(QueueSchema.row(r));
                }
            }
            Map<Long, Integer> bindings = new HashMap<>();
            Set<Long> open = new HashSet<>();
            readTransactions(s, bindings, open);
            long[] counts = deadLettersAndNextSeq(s);
            connection.commit();
            return new Snapshot(messages, bindings, open, counts[0], counts[1]);
        } catch (SQLException e) {
            throw failed("load", e);
        }
    }

    @Override
    public Summary summary(int window) {
        try (Statement s = connection.createStatement()) {
            forgetClosedTransactions(s);
            int depth;
            int candidates;
            try (ResultSet r = s.executeQuery("SELECT COUNT(*), (SELECT COUNT(*) FROM outbound INDEXED BY outbound_thin"
                    + " WHERE thin = 1) FROM outbound")) {
                r.next();
                depth = r.getInt(1);
                candidates = r.getInt(2);
            }
            List<StoredMessage> tail = new ArrayList<>();
            try (ResultSet r = lastTwo.executeQuery()) {
                while (r.next()) {
                    tail.add(0, QueueSchema.row(r));
                }
            }
            Map<Long, Integer> bindings = new HashMap<>();
            Set<Long> open = new HashSet<>();
            readTransactions(s, bindings, open);
            long[] counts = deadLettersAndNextSeq(s);
            List<Queued> head = page(0, Long.MAX_VALUE, window);
            return new Summary(depth, candidates, head, tail, bindings, open, counts[0], counts[1]);
        } catch (SQLException e) {
            throw failed("summary", e);
        }
    }

    @Override
    public List<Queued> page(long afterSeq, long upToSeq, int limit) {
        List<Queued> rows = new ArrayList<>();
        try {
            page.setLong(1, afterSeq);
            page.setLong(2, upToSeq);
            page.setInt(3, limit);
            try (ResultSet r = page.executeQuery()) {
                while (r.next()) {
                    rows.add(new Queued(QueueSchema.row(r), r.getInt(9) != 0));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw failed("page", e);
        }
        return rows;
    }

    @Override
    public long thinOne(long afterSeq) {
        try {
            long floor;
            try (ResultSet r = second.executeQuery()) {
                if (!r.next()) {
                    return -1;
                }
                floor = Math.max(afterSeq, r.getLong(1));
            }
            long seq;
            firstCandidate.setLong(1, floor);
            try (ResultSet r = firstCandidate.executeQuery()) {
                if (!r.next()) {
                    return -1;
                }
                seq = r.getLong(1);
            }
            drop(seq);
            return seq;
        } catch (SQLException e) {
            throw failed("thinOne", e);
        }
    }

    @Override
    public void append(StoredMessage m) {
        try {
            if (m.thinnable()) {
                markBefore(m);
            }
            insert.setLong(1, m.seq());
            insert.setLong(2, m.txRef());
            insert.setString(3, m.action().wireName());
            insert.setString(4, m.payload());
            insert.setInt(5, m.eichrecht() ? 1 : 0);
            insert.setInt(6, m.attempts());
            insert.setLong(7, m.createdAt());
            insert.setInt(8, m.thinnable() ? 1 : 0);
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

    /** The newest row becomes a thinning candidate when it and the one before are thinnable of m's transaction. */
    private void markBefore(StoredMessage m) throws SQLException {
        List<StoredMessage> two = new ArrayList<>(2);
        try (ResultSet r = lastTwo.executeQuery()) {
            while (r.next()) {
                two.add(QueueSchema.row(r));
            }
        }
        if (two.size() == 2 && two.stream().allMatch(row -> row.thinnable() && row.txRef() == m.txRef())) {
            markCandidate.setLong(1, two.get(0).seq());
            markCandidate.executeUpdate();
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

    private void forgetClosedTransactions(Statement s) throws SQLException {
        // transactions that are closed and have nothing left to send are forgotten
        s.execute("DELETE FROM tx WHERE open = 0 AND tx_ref NOT IN (SELECT tx_ref FROM outbound)");
        connection.commit();
    }

    private static void readTransactions(Statement s, Map<Long, Integer> bindings, Set<Long> open) throws SQLException {
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
    }

    /** The number of dead letters, and the next seq: above every seq the store ever held. */
    private long[] deadLettersAndNextSeq(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT (SELECT COUNT(*) FROM dead_letter), MAX("
                + "(SELECT COALESCE(MAX(seq), 0) FROM dead_letter), (SELECT COALESCE(MAX(seq), 0) FROM outbound),"
                + " (SELECT COALESCE(MAX(value), 0) FROM meta WHERE key = 'last_seq'))")) {
            r.next();
            long[] counts = {r.getLong(1), r.getLong(2) + 1};
            connection.commit();
            return counts;
        }
    }

    @Override
    public boolean isFull(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException && (((SQLException) t).getErrorCode() & 0xff) == SQLITE_FULL
                    || t.getMessage() != null && (t.getMessage().contains("SQLITE_FULL")
                    || t.getMessage().contains("No space left"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean hasReserve() {
        return reserve.present();
    }

    @Override
    public boolean releaseReserve() {
        if (!reserve.release()) {
            return false;
        }
        checkpoint(false);
        return true;
    }

    @Override
    public boolean restoreReserve() {
        try {
            boolean empty;
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM outbound)")) {
                r.next();
                empty = r.getBoolean(1);
            }
            connection.commit();
            // while the disk is full the WAL is kept short; once the queue is empty its pages go back to the disk
            checkpoint(empty);
            return empty && reserve.restore();
        } catch (SQLException e) {
            return false;
        }
    }

    /** Copies the WAL into the database and truncates it; best effort (a full disk may refuse it too). */
    private void checkpoint(boolean vacuum) {
        try {
            connection.setAutoCommit(true);
            try (Statement s = connection.createStatement()) {
                if (vacuum) {
                    s.execute("PRAGMA incremental_vacuum");
                }
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } finally {
                connection.setAutoCommit(false);
            }
        } catch (SQLException e) {
            // the next commit tries again
        }
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("queue database " + what + " failed: " + e.getMessage(), e);
    }
}
