package io.reactiveocpp.session.queue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Room on the disk for {@link SqliteQueueStore}: whether a failure means the disk is full, the reserve that
 * is lent or released then, and what the database gives back to the disk (its write-ahead log, truncated at a
 * checkpoint; once the queue is empty, its free pages, by {@code incremental_vacuum}). On the store thread.
 */
final class DiskRoom {

    private static final int SQLITE_FULL = 13;

    private final Connection connection;
    private final DiskReserve reserve;

    DiskRoom(Connection connection, DiskReserve reserve) {
        this.connection = connection;
        this.reserve = reserve;
    }

    /** SQLITE_FULL, or the operating system's "no space left on device", anywhere in the chain. */
    static boolean isFull(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException && (((SQLException) t).getErrorCode() & 0xff) == SQLITE_FULL
                    || t.getMessage() != null && (t.getMessage().contains("SQLITE_FULL")
                    || t.getMessage().contains("No space left"))) {
                return true;
            }
        }
        return false;
    }

    boolean reservePresent() {
        return reserve.present();
    }

    /** Checkpoints the WAL with the reserve lent meanwhile; whether the reserve is back in place. */
    boolean compact() {
        boolean held = reserve.release();
        checkpoint(false);
        return held && reserve.restore();
    }

    boolean releaseReserve() {
        if (!reserve.release()) {
            return false;
        }
        checkpoint(false);
        return true;
    }

    /** While the disk is full the WAL is kept short; once the queue is empty its pages go back to the disk. */
    boolean restoreReserve() {
        try {
            boolean empty;
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM outbound)")) {
                r.next();
                empty = r.getBoolean(1);
            }
            connection.commit();
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
                    s.executeUpdate("PRAGMA incremental_vacuum"); // runs to the end (execute() frees one page)
                }
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } finally {
                connection.setAutoCommit(false);
            }
        } catch (SQLException e) {
            // the next commit tries again
        }
    }
}
