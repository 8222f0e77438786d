package io.reactiveocpp.engine.config;

import io.reactiveocpp.codec.type.ConfigurationStatus;
import io.reactiveocpp.codec.type.KeyValue;
import io.reactiveocpp.engine.config.KeyDefinition.Access;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.session.AuthorizationKey;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values of the {@link KeyCatalogue}'s keys: defaults, then what is stored, then what was changed.
 * ChangeConfiguration, the configuration file and the local HTTP interface all go through
 * {@link #change}, so a value is validated the same way wherever it comes from. Values are persisted in
 * the namespace {@code config}. Reads are safe from any thread; changes are made on the engine's
 * scheduler (or at wiring time).
 */
public final class Configuration {

    private static final String NAMESPACE = "config";

    private final KeyCatalogue catalogue;
    private final EngineStore store;
    /** The values set or stored; a key not in here has its default (a fleet keeps only what differs). */
    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final Sinks.Many<String> changes = Sinks.many().multicast().directBestEffort();

    /** The configuration over {@code store}; stored values that are no longer valid fall back to defaults. */
    public Configuration(KeyCatalogue catalogue, EngineStore store) {
        this.catalogue = catalogue;
        this.store = store;
        store.load(NAMESPACE).forEach((name, value) -> {
            KeyDefinition key = catalogue.get(name);
            if (key != null && check(key, value) == null) {
                values.put(name, value);
            }
        });
    }

    public KeyCatalogue catalogue() {
        return catalogue;
    }

    /** Names of keys whose value changed, as they change. */
    public Flux<String> changes() {
        return changes.asFlux();
    }

    /** The raw value of a key, or {@code null} when it has none. */
    public String value(String name) {
        String value = values.get(name);
        if (value == null) {
            KeyDefinition key = catalogue.get(name);
            return key == null ? null : key.defaultValue();
        }
        return value;
    }

    public boolean bool(String name) {
        return Boolean.TRUE.equals(KeyDefinition.parseBoolean(require(name)));
    }

    public int integer(String name) {
        return Integer.parseInt(require(name).trim());
    }

    /** The elements of a comma-separated list, trimmed; empty for an empty value. */
    public List<String> list(String name) {
        String value = require(name);
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::trim).toList();
    }

    /** The outcome of a change, as ChangeConfiguration answers it, with the reason when not accepted. */
    public record Change(ConfigurationStatus status, String reason) {
    }

    /**
     * Changes a key as ChangeConfiguration does: unknown key → NotSupported; read-only key or invalid value
     * → Rejected (the reason names the key and the allowed range); a key that applies only after a
     * restart → RebootRequired; else Accepted and applied at once.
     */
    public Change change(String name, String value) {
        KeyDefinition key = catalogue.get(name);
        if (key == null) {
            return new Change(ConfigurationStatus.NOT_SUPPORTED, name + " is not a configuration key of this charge point");
        }
        if (key.access() == Access.READ_ONLY) {
            return new Change(ConfigurationStatus.REJECTED, name + " is read-only");
        }
        String problem = check(key, value);
        if (problem != null) {
            return new Change(ConfigurationStatus.REJECTED, problem);
        }
        String normalized = key.type() == KeyType.BOOLEAN
                ? KeyDefinition.parseBoolean(value).toString() : key.type() == KeyType.CSL ? normalizeList(value) : value;
        values.put(name, normalized);
        store.put(NAMESPACE, name, normalized);
        changes.tryEmitNext(name);
        return new Change(key.rebootRequired() ? ConfigurationStatus.REBOOT_REQUIRED : ConfigurationStatus.ACCEPTED, null);
    }

    /**
     * Sets a key from the operator's side (configuration file, CLI, local HTTP interface): read-only keys
     * such as ChargeBoxIdentity may be set here; an invalid value throws {@link IllegalArgumentException}
     * naming the key and the range. The operator's {@code AuthorizationKey} is a text password.
     */
    public void set(String name, String value) {
        KeyDefinition key = catalogue.get(name);
        if (key == null) {
            throw new IllegalArgumentException(name + " is not a configuration key");
        }
        String problem = name.equals("AuthorizationKey") ? (value == null || value.isEmpty()
                ? "AuthorizationKey must not be empty" : null) : check(key, value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        values.put(name, key.type() == KeyType.BOOLEAN ? KeyDefinition.parseBoolean(value).toString() : value);
        store.put(NAMESPACE, name, values.get(name));
        changes.tryEmitNext(name);
    }

    /**
     * GetConfiguration: the requested keys (all readable keys for an empty request) and the names it does
     * not know. Write-only keys count as unknown; with {@code BooleanValuesAsIntegers} booleans read 1/0.
     * Values over 500 characters are cut to 500: the schema's {@code CiString500} holds also when
     * {@code AllowLongConfigurationValues} is on (the strict writer wins; of our keys only a BackendUrl can
     * be that long, and the operator sees it whole in the local interface).
     */
    public record Report(List<KeyValue> known, List<String> unknown) {
    }

    public Report report(List<String> requested) {
        boolean integers = bool("BooleanValuesAsIntegers");
        List<KeyValue> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Iterable<String> names = requested == null || requested.isEmpty()
                ? catalogue.all().stream().map(KeyDefinition::name).toList() : requested;
        for (String name : names) {
            KeyDefinition key = catalogue.get(name);
            if (key == null || key.access() == Access.WRITE_ONLY) {
                unknown.add(name);
                continue;
            }
            String value = value(name);
            if (value != null && key.type() == KeyType.BOOLEAN && integers) {
                value = bool(name) ? "1" : "0";
            }
            if (value != null && value.length() > KeyCatalogue.MAX_REPORTED_LENGTH) {
                value = value.substring(0, KeyCatalogue.MAX_REPORTED_LENGTH);
            }
            known.add(new KeyValue(name, key.access() == Access.READ_ONLY, value));
        }
        return new Report(known, unknown);
    }

    private String check(KeyDefinition key, String value) {
        String problem = key.validate(value);
        if (problem != null) {
            return problem;
        }
        switch (key.name()) {
            case "AuthorizationKey":
                try {
                    AuthorizationKey.fromOcppHex(value);
                    return null;
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            case "BackendUrl":
                if (value.isEmpty()) {
                    return null;
                }
                try {
                    URI uri = URI.create(value);
                    return ("ws".equals(uri.getScheme()) || "wss".equals(uri.getScheme())) && uri.getHost() != null
                            ? null : "BackendUrl must be a ws:// or wss:// URL";
                } catch (IllegalArgumentException e) {
                    return "BackendUrl must be a ws:// or wss:// URL";
                }
            default:
                return null;
        }
    }

    private String require(String name) {
        String value = value(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " has no value");
        }
        return value;
    }

    private static String normalizeList(String value) {
        return value.isBlank() ? "" : String.join(",", Arrays.stream(value.split(",")).map(String::trim).toList());
    }
}
