package io.reactiveocpp.engine.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The durable {@link EngineStore}: one SQLite table {@code engine_kv(ns, key, value)} in WAL mode with
 * {@code synchronous=FULL}, written by one store thread so that JDBC never runs on the engine's scheduler.
 */
public final class SqliteEngineStore implements EngineStore {

    private final Connection connection;
    private final PreparedStatement upsert;
    private final PreparedStatement delete;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "engine-store");
        t.setDaemon(true);
        return t;
    });

    public static SqliteEngineStore open(Path file) {
        try {
            return new SqliteEngineStore(DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the engine database " + file + ": " + e.getMessage(), e);
        }
    }

    private SqliteEngineStore(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("CREATE TABLE IF NOT EXISTS engine_kv (ns TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
                    + " PRIMARY KEY (ns, key))");
        }
        upsert = connection.prepareStatement("INSERT OR REPLACE INTO engine_kv (ns, key, value) VALUES (?, ?, ?)");
        delete = connection.prepareStatement("DELETE FROM engine_kv WHERE ns = ? AND key = ?");
    }

    @Override
    public Map<String, String> load(String namespace) {
        return await(() -> {
            Map<String, String> values = new HashMap<>();
            try (PreparedStatement q = connection.prepareStatement("SELECT key, value FROM engine_kv WHERE ns = ?")) {
                q.setString(1, namespace);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        values.put(r.getString(1), r.getString(2));
                    }
                }
            }
            return values;
        });
    }

    @Override
    public void put(String namespace, String key, String value) {
        thread.execute(() -> run(() -> {
            upsert.setString(1, namespace);
            upsert.setString(2, key);
            upsert.setString(3, value);
            upsert.executeUpdate();
        }));
    }

    @Override
    public void remove(String namespace, String key) {
        thread.execute(() -> run(() -> {
            delete.setString(1, namespace);
            delete.setString(2, key);
            delete.executeUpdate();
        }));
    }

    @Override
    public void flush() {
        await(() -> null);
    }

    @Override
    public void close() {
        flush();
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            throw new IllegalStateException("closing the engine database failed: " + e.getMessage(), e);
        }
    }

    private interface Sql<T> {
        T run() throws SQLException;
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private static void run(SqlAction action) {
        try {
            action.run();
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(SqliteEngineStore.class).error("engine database write failed", e);
        }
    }

    private <T> T await(Sql<T> query) {
        try {
            return thread.submit(query::run).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("engine database access failed: " + e.getMessage(), e);
        }
    }
}
