package io.reactiveocpp.engine.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link EngineStore} in memory, for simulated fleets and tests: nothing survives the process. */
public final class MemoryEngineStore implements EngineStore {

    private final Map<String, Map<String, String>> data = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> load(String namespace) {
        return Map.copyOf(data.getOrDefault(namespace, Map.of()));
    }

    @Override
    public void put(String namespace, String key, String value) {
        data.computeIfAbsent(namespace, n -> new ConcurrentHashMap<>()).put(key, value);
    }

    @Override
    public void remove(String namespace, String key) {
        data.getOrDefault(namespace, new ConcurrentHashMap<>()).remove(key);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
