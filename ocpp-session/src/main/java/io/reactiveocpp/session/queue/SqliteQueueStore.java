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
import java.util.List;
import java.util.function.Function;

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

    /** Per connector: a StopTransaction and a final signed MeterValues, with their pages and WAL frames. */
    public static final long RESERVE_PER_CONNECTOR = 32 * 1024;
    /** The reserve of {@link #open(Path)}: 64 KiB and two connectors. */
    public static final long DEFAULT_RESERVE = reserveFor(2);

    private final Connection connection;
    private final DiskRoom room;
    private final QueueReads reads;
    private final List<PreparedStatement> prepared = new ArrayList<>();
    private PreparedStatement insert;
    private PreparedStatement lastSeq;
    private PreparedStatement openTx;
    private PreparedStatement closeTx;
    private PreparedStatement delete;
    private PreparedStatement bind;
    private PreparedStatement attempts;
    private PreparedStatement moveToDeadLetter;
    private PreparedStatement lastTwo;
    private PreparedStatement markCandidate;

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

    private static SqliteQueueStore open(Path file, Function<Connection, DiskReserve> reserve) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            return new SqliteQueueStore(connection, reserve);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the queue database " + file + ": " + e.getMessage(), e);
        }
    }

    private SqliteQueueStore(Connection connection, Function<Connection, DiskReserve> reserve)
            throws SQLException {
        this.connection = connection;
        QueueSchema.create(connection);
        this.room = new DiskRoom(connection, reserve.apply(connection));
        this.reads = new QueueReads(connection);
        connection.setAutoCommit(false);
        prepare();
    }

    /** (Re)prepares the statements: the driver closes them when SQLite fails a statement for want of room. */
    private void prepare() throws SQLException {
        for (PreparedStatement old : prepared) {
            try {
                old.close();
            } catch (SQLException e) {
                // closed already
            }
        }
        prepared.clear();
        insert = statement("INSERT INTO outbound (seq, tx_ref, action, payload, eichrecht, attempts,"
                + " created_at, thinnable, thin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)");
        lastSeq = statement("INSERT INTO meta (key, value) VALUES ('last_seq', ?)"
                + " ON CONFLICT(key) DO UPDATE SET value = MAX(value, excluded.value)");
        openTx = statement("INSERT OR REPLACE INTO tx (tx_ref, transaction_id, open) VALUES (?, NULL, 1)");
        closeTx = statement("UPDATE tx SET open = 0 WHERE tx_ref = ?");
        delete = statement("DELETE FROM outbound WHERE seq = ?");
        bind = statement("UPDATE tx SET transaction_id = ? WHERE tx_ref = ?");
        attempts = statement("UPDATE outbound SET attempts = ? WHERE seq = ?");
        moveToDeadLetter = statement("INSERT INTO dead_letter SELECT seq, tx_ref, action, payload,"
                + " eichrecht, attempts, created_at, ?, ? FROM outbound WHERE seq = ?");
        // only what the candidate rule reads: not the payloads, on every append of a MeterValues
        lastTwo = statement("SELECT seq, tx_ref, thinnable FROM outbound ORDER BY seq DESC LIMIT 2");
        markCandidate = statement("UPDATE outbound SET thin = 1 WHERE seq = ?");
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        prepared.add(statement);
        return statement;
    }

    @Override
    public Snapshot load() {
        try {
            return reads.load();
        } catch (SQLException e) {
            throw failed("load", e);
        }
    }

    @Override
    public Summary summary(int window) {
        try {
            return reads.summary(window);
        } catch (SQLException e) {
            throw failed("summary", e);
        }
    }

    @Override
    public List<Queued> page(long afterSeq, long upToSeq, int limit) {
        try {
            return reads.page(afterSeq, upToSeq, limit);
        } catch (SQLException e) {
            throw failed("page", e);
        }
    }

    @Override
    public long thinOne(long afterSeq) {
        try {
            long seq = reads.thinCandidate(afterSeq);
            if (seq >= 0) {
                drop(seq);
            }
            return seq;
        } catch (SQLException e) {
            throw failed("thinOne", e);
        }
    }

    @Override
    public List<DeadLetter> deadLetters(int limit) {
        try {
            return reads.deadLetters(limit);
        } catch (SQLException e) {
            throw failed("deadLetters", e);
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
        long newest = -1;
        try (ResultSet r = lastTwo.executeQuery()) {
            for (int row = 0; row < 2; row++) {
                if (!r.next() || r.getInt(3) == 0 || r.getLong(2) != m.txRef()) {
                    return;
                }
                newest = row == 0 ? r.getLong(1) : newest;
            }
        }
        markCandidate.setLong(1, newest);
        markCandidate.executeUpdate();
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
            // SQLite may have ended the transaction itself (it does on SQLITE_FULL): then the driver did not begin
            // the next one, and every statement would commit on its own; begin it as the driver would have
            try (Statement s = connection.createStatement()) {
                s.execute("BEGIN");
            } catch (SQLException again) {
                e.addSuppressed(again);
                throw failed("rollback", e);
            }
        }
        try {
            prepare();
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

    @Override
    public boolean isFull(RuntimeException failure) {
        return DiskRoom.isFull(failure);
    }

    @Override
    public boolean hasReserve() {
        return room.reservePresent();
    }

    @Override
    public boolean compact() {
        return room.compact();
    }

    @Override
    public boolean releaseReserve() {
        return room.releaseReserve();
    }

    @Override
    public boolean restoreReserve() {
        return room.restoreReserve();
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("queue database " + what + " failed: " + e.getMessage(), e);
    }
}
