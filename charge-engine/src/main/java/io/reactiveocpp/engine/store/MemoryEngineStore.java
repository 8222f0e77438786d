package io.reactiveocpp.engine.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link EngineStore} in memory, for simulated fleets and tests: nothing survives the process. */
public final class MemoryEngineStore implements EngineStore {

    // small tables to begin with (they grow): a fleet member holds a few namespaces of a few keys
    private final Map<String, Map<String, String>> data = new ConcurrentHashMap<>(4);

    @Override
    public Map<String, String> load(String namespace) {
        return Map.copyOf(data.getOrDefault(namespace, Map.of()));
    }

    @Override
    public void put(String namespace, String key, String value) {
        data.computeIfAbsent(namespace, n -> new ConcurrentHashMap<>(2)).put(key, value);
    }

    @Override
    public void remove(String namespace, String key) {
        Map<String, String> values = data.get(namespace);
        if (values != null) {
            values.remove(key);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
