package io.reactiveocpp.engine.store;

import java.util.Map;

/**
 * Where the engine keeps what must survive a restart (configuration, availability, transactions, the
 * authorization cache and list, reservations, charging profiles, root certificates), as text values under a
 * namespace and a key. Writes are ordered and durable when {@link #flush()} returns; they never block the caller.
 */
public interface EngineStore extends AutoCloseable {

    /** Everything stored under {@code namespace}; called at startup, may block. */
    Map<String, String> load(String namespace);

    /** Stores a value, replacing the previous one. */
    void put(String namespace, String key, String value);

    /** Removes a value. */
    void remove(String namespace, String key);

    /** Waits until every earlier write is durable. */
    void flush();

    @Override
    void close();
}
