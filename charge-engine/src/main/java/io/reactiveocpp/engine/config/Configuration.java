package io.reactiveocpp.engine.config;

import io.reactiveocpp.codec.type.ConfigurationStatus;
import io.reactiveocpp.codec.type.KeyValue;
import io.reactiveocpp.engine.config.KeyDefinition.Access;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.session.AuthorizationKey;
import io.reactiveocpp.session.ConnectionRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The values of the {@link KeyCatalogue}'s keys: defaults, then what is stored, then what was changed.
 * ChangeConfiguration, the configuration file and the local HTTP interface all go through
 * {@link #change}, so a value is validated the same way wherever it comes from. Values are persisted in
 * the namespace {@code config}. Reads are safe from any thread; changes are made on the engine's
 * scheduler (or at wiring time).
 *
 * <p>A value that cannot be used at start (stored by an older version, or a hand-edited file: see
 * {@link #setAtStart}) never stops the charge point: it is ignored with one WARN line that names the key and
 * the value used instead, and listed in {@link #ignored()} for the operator's status page.
 */
public final class Configuration {

    private static final Logger LOG = LoggerFactory.getLogger(Configuration.class);
    private static final String NAMESPACE = "config";
    private static final String SECRET = "AuthorizationKey";

    private final KeyCatalogue catalogue;
    private final EngineStore store;
    /** The values set or stored; a key not in here has its default (a fleet keeps only what differs). */
    private final Map<String, String> values = new ConcurrentHashMap<>(4); // grows; a small table to begin with
    private final ChangeListeners listeners = new ChangeListeners();
    private final List<Ignored> ignored = new CopyOnWriteArrayList<>();
    private final Map<String, KeyGuard> guards = new ConcurrentHashMap<>(1); // one guarded key today

    /**
     * A check of a key's change against the charge point's state rather than the key's range (SecurityProfile: no
     * downgrade, a profile's prerequisites). Runs in {@link #change}, on the engine's scheduler, after the range check.
     */
    @FunctionalInterface
    public interface KeyGuard {
        /** {@code null} when {@code proposed} (in range) may replace {@code current}, else why not, naming the key. */
        String problem(String current, String proposed);
    }

    /**
     * A value that was not taken at start.
     *
     * @param key     the key
     * @param value   the value that was refused ({@code ***} for AuthorizationKey)
     * @param source  where it came from: {@code stored} (the data directory) or the operator's source
     * @param reason  why it was refused
     * @param used    the value used instead ({@code null}: the key has none)
     */
    public record Ignored(String key, String value, String source, String reason, String used) {
    }

    /**
     * The configuration over {@code store}. A stored value that is no longer valid (an older version's rules) or
     * no longer a key is ignored with a WARN line; the key keeps its default.
     */
    public Configuration(KeyCatalogue catalogue, EngineStore store) {
        this.catalogue = catalogue;
        this.store = store;
        store.load(NAMESPACE).forEach((name, value) -> {
            KeyDefinition key = catalogue.get(name);
            String problem = key == null ? name + " is not a configuration key of this version" : check(key, value);
            if (problem == null) {
                values.put(name, value);
            } else if (key != null) {
                ignore(name, value, "stored", problem);
            }
        });
    }

    public KeyCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Runs {@code action} with the name of each changed key that {@code keys} selects, as a task on {@code scheduler}
     * (single-threaded: the tasks run in order), or on the changing thread when {@code null}. An action that throws is logged with the key and does not end
     * the subscription: later changes still apply.
     */
    public Disposable onChange(Predicate<String> keys, Scheduler scheduler, Consumer<String> action) {
        return listeners.add(keys, scheduler, action);
    }

    /**
     * Guards the changes of {@code name} made through {@link #change} (ChangeConfiguration and the local interface):
     * one guard per key, replacing an earlier one. {@link #set} (the operator's file at start, a value restored by
     * the charge point itself) is not guarded.
     */
    public void guard(String name, KeyGuard guard) {
        guards.put(name, guard);
    }

    /** The values ignored at start, in the order found; empty when every value was usable. */
    public List<Ignored> ignored() {
        return List.copyOf(ignored);
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
        KeyGuard guard = guards.get(name);
        if (problem == null && guard != null) {
            problem = guard.problem(value(name), value);
        }
        if (problem != null) {
            return new Change(ConfigurationStatus.REJECTED, problem);
        }
        String normalized = key.type() == KeyType.BOOLEAN
                ? KeyDefinition.parseBoolean(value).toString() : key.type() == KeyType.CSL ? normalizeList(value) : value;
        values.put(name, normalized);
        store.put(NAMESPACE, name, normalized);
        listeners.changed(name);
        return new Change(key.rebootRequired() ? ConfigurationStatus.REBOOT_REQUIRED : ConfigurationStatus.ACCEPTED, null);
    }

    /**
     * Sets a key from the operator's side (configuration file, CLI, local HTTP interface): read-only keys
     * such as ChargeBoxIdentity may be set here; an invalid value throws {@link IllegalArgumentException}
     * naming the key and the range. {@code AuthorizationKey} is taken in its OCPP form (hex) here too: the
     * operator's text password of the configuration file never enters the configuration (the app keeps it).
     */
    public void set(String name, String value) {
        KeyDefinition key = catalogue.get(name);
        if (key == null) {
            throw new IllegalArgumentException(name + " is not a configuration key");
        }
        String problem = check(key, value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        values.put(name, key.type() == KeyType.BOOLEAN ? KeyDefinition.parseBoolean(value).toString() : value);
        store.put(NAMESPACE, name, values.get(name));
        listeners.changed(name);
    }

    /**
     * {@link #set} for a value the operator's configuration gives at start ({@code source} names where from,
     * e.g. the file): a value that cannot be used does not stop the start; it is ignored with one WARN line
     * naming the key and the value used instead, and listed in {@link #ignored()}.
     *
     * @return whether the value was taken
     */
    public boolean setAtStart(String name, String value, String source) {
        try {
            set(name, value);
            return true;
        } catch (IllegalArgumentException e) {
            ignore(name, value, source, e.getMessage());
            return false;
        }
    }

    /** Forgets a key's value: it has its default again. */
    public void reset(String name) {
        if (values.remove(name) != null) {
            store.remove(NAMESPACE, name);
            listeners.changed(name);
        }
    }

    private void ignore(String name, String value, String source, String reason) {
        String used = value(name);
        String shown = SECRET.equals(name) ? "***" : value;
        String shownUsed = SECRET.equals(name) && used != null ? "***" : used;
        String why = SECRET.equals(name) ? "not a usable key" : reason;
        LOG.warn("configuration: ignoring {} = '{}' ({}: {}); using {}", name, shown, source, why,
                used == null ? "no value" : "'" + shownUsed + "'");
        ignored.add(new Ignored(name, shown, source, why, shownUsed));
    }

    /**
     * GetConfiguration: the requested keys (all readable keys for an empty request) and the names it does
     * not know. A write-only key asked for by name counts as unknown; in the answer to an empty request it is
     * left out. With {@code BooleanValuesAsIntegers} booleans read 1/0.
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
        // all keys: every readable one; a write-only key is not reported, neither as a value nor as unknown
        Iterable<String> names = requested == null || requested.isEmpty()
                ? catalogue.all().stream().filter(k -> k.access() != Access.WRITE_ONLY).map(KeyDefinition::name).toList()
                : requested;
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
                return ConnectionRules.backendUrlProblem(value);
            case "WebSocketProxy":
                return ConnectionRules.proxyProblem(value);
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
