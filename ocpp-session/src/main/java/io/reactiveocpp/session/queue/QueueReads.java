package io.reactiveocpp.session.queue;

import io.reactiveocpp.session.DeadLetter;
import java.sql.Connection;
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
 * The reads of {@link SqliteQueueStore}: the queue's summary, pages of it in seq order, the first thinning
 * candidate (through the partial index on {@code thin}), and everything at once for tools. Each read ends its
 * transaction, so that it holds no WAL snapshot.
 */
final class QueueReads {

    private final Connection connection;

    QueueReads(Connection connection) {
        this.connection = connection;
    }

    QueueStore.Snapshot load() throws SQLException {
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
            return new QueueStore.Snapshot(messages, bindings, open, counts[0], counts[1]);
        }
    }

    QueueStore.Summary summary(int window) throws SQLException {
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
            try (ResultSet r = s.executeQuery("SELECT " + QueueSchema.COLUMNS + " FROM outbound ORDER BY seq DESC LIMIT 2")) {
                while (r.next()) {
                    tail.add(0, QueueSchema.row(r));
                }
            }
            Map<Long, Integer> bindings = new HashMap<>();
            Set<Long> open = new HashSet<>();
            readTransactions(s, bindings, open);
            long[] counts = deadLettersAndNextSeq(s);
            List<QueueStore.Queued> head = page(0, Long.MAX_VALUE, window);
            return new QueueStore.Summary(depth, candidates, head, tail, bindings, open, counts[0], counts[1]);
        }
    }

    List<QueueStore.Queued> page(long afterSeq, long upToSeq, int limit) throws SQLException {
        List<QueueStore.Queued> rows = new ArrayList<>();
        try (PreparedStatement page = connection.prepareStatement("SELECT " + QueueSchema.COLUMNS
                + " FROM outbound WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?")) {
            page.setLong(1, afterSeq);
            page.setLong(2, upToSeq);
            page.setInt(3, limit);
            try (ResultSet r = page.executeQuery()) {
                while (r.next()) {
                    rows.add(new QueueStore.Queued(QueueSchema.row(r), r.getInt(9) != 0));
                }
            }
        }
        connection.commit();
        return rows;
    }

    /** The first thinning candidate after {@code afterSeq} and after the second queued message, or -1. */
    long thinCandidate(long afterSeq) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet second = s.executeQuery("SELECT seq FROM outbound ORDER BY seq LIMIT 1 OFFSET 1")) {
            if (!second.next()) {
                return -1;
            }
            long floor = Math.max(afterSeq, second.getLong(1));
            try (PreparedStatement first = connection.prepareStatement("SELECT seq FROM outbound INDEXED BY"
                    + " outbound_thin WHERE thin = 1 AND seq > ? ORDER BY seq LIMIT 1")) {
                first.setLong(1, floor);
                try (ResultSet r = first.executeQuery()) {
                    return r.next() ? r.getLong(1) : -1;
                }
            }
        }
    }

    List<DeadLetter> deadLetters(int limit) throws SQLException {
        List<DeadLetter> result = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT * FROM (SELECT seq, tx_ref, action,"
                + " payload, eichrecht, attempts, created_at, failed_at, reason FROM dead_letter ORDER BY seq DESC"
                + " LIMIT ?) ORDER BY seq")) {
            q.setInt(1, limit);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    result.add(new DeadLetter(r.getLong(1), r.getLong(2),
                            io.reactiveocpp.codec.action.Action.byName(r.getString(3)), r.getString(4),
                            r.getInt(5) != 0, r.getInt(6), r.getLong(7), r.getLong(8), r.getString(9)));
                }
            }
        }
        connection.commit();
        return result;
    }

    /** Transactions that are closed and have nothing left to send are forgotten; on a full disk, later. */
    private void forgetClosedTransactions(Statement s) throws SQLException {
        try {
            s.execute("DELETE FROM tx WHERE open = 0 AND tx_ref NOT IN (SELECT tx_ref FROM outbound)");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
        }
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
}
