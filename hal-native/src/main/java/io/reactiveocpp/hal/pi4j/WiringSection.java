package io.reactiveocpp.hal.pi4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * One mapping of a configuration tree as a YAML parser leaves it ({@code Map}, {@code List}, {@code String},
 * {@code Number}, {@code Boolean}), read with its path, so that every {@link IllegalArgumentException} names the
 * key: {@code pi4j.connectors[0].meter.baud must be a whole number, got fast}. Numbers and booleans may also be
 * strings, as environment variables and command lines give them.
 */
final class WiringSection {

    private final String path;
    private final Map<?, ?> values;

    private WiringSection(String path, Map<?, ?> values) {
        this.path = path;
        this.values = values;
    }

    /** The tree under {@code path} (e.g. {@code pi4j}); {@code null} is an empty mapping. */
    static WiringSection root(String path, Map<?, ?> tree) {
        return new WiringSection(path, tree == null ? Map.of() : tree);
    }

    String path() {
        return path;
    }

    String path(String key) {
        return path + "." + key;
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    /** Refuses keys other than {@code known}, naming the first unknown one and the known ones. */
    void only(String... known) {
        Set<String> allowed = Set.of(known);
        for (Object key : values.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(path + ": unknown key '" + key + "'; known: " + new TreeSet<>(allowed));
            }
        }
    }

    /** The mapping at {@code key}, or {@code null} when it is absent. */
    WiringSection section(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(path(key) + " must be a mapping, got " + value);
        }
        return new WiringSection(path(key), map);
    }

    /** The mapping at {@code key}, or an empty one when it is absent (every key takes its default). */
    WiringSection sectionOrEmpty(String key) {
        WiringSection section = section(key);
        return section == null ? new WiringSection(path(key), Map.of()) : section;
    }

    /** The mapping at {@code key}, which must be there. */
    WiringSection requiredSection(String key) {
        WiringSection section = section(key);
        if (section == null) {
            throw new IllegalArgumentException(path(key) + " is required");
        }
        return section;
    }

    /** The list of mappings at {@code key}, each with its index in its path; empty when absent. */
    List<WiringSection> sections(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(path(key) + " must be a list, got " + value);
        }
        List<WiringSection> sections = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String itemPath = path(key) + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(itemPath + " must be a mapping, got " + list.get(i));
            }
            sections.add(new WiringSection(itemPath, map));
        }
        return sections;
    }

    /** The list of texts (numbers are texts too) at {@code key}; empty when absent. */
    List<String> texts(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(path(key) + " must be a list, got " + value);
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item == null || item instanceof Map || item instanceof List) {
                throw new IllegalArgumentException(path(key) + "[" + i + "] must be text, got " + item);
            }
            texts.add(item.toString());
        }
        return texts;
    }

    String text(String key, String fallback) {
        Object value = values.get(key);
        if (value instanceof Map || value instanceof List) {
            throw new IllegalArgumentException(path(key) + " must be text, got " + value);
        }
        return value == null || value.toString().isBlank() ? fallback : value.toString().trim();
    }

    String requiredText(String key) {
        String value = text(key, null);
        if (value == null) {
            throw new IllegalArgumentException(path(key) + " is required");
        }
        return value;
    }

    int integer(String key, int fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
            if (number == Math.rint(number) && Math.abs(number) <= Integer.MAX_VALUE) {
                return (int) number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(path(key) + " must be a whole number, got " + value);
    }

    int requiredInteger(String key) {
        if (!has(key)) {
            throw new IllegalArgumentException(path(key) + " is required");
        }
        return integer(key, 0);
    }

    double decimal(String key, double fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(path(key) + " must be a number, got " + value);
    }

    boolean bool(String key, boolean fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        String text = value.toString().trim();
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new IllegalArgumentException(path(key) + " must be true or false, got " + value);
    }

    /**
     * The GPIO line at {@code key}: a number (an active-high line, e.g. {@code coil: 17}) or a mapping
     * {@code { gpio: 27, activeLow: true }}.
     */
    DigitalPin pin(String key) {
        WiringSection pin = values.get(key) instanceof Map ? section(key) : null;
        if (pin == null) {
            int gpio = requiredInteger(key);
            return build(path(key) + ": ", () -> DigitalPin.activeHigh(gpio));
        }
        pin.only("gpio", "activeLow");
        int gpio = pin.requiredInteger("gpio");
        boolean activeLow = pin.bool("activeLow", false);
        return pin.build(() -> new DigitalPin(gpio, !activeLow));
    }

    /**
     * Builds a configuration record from values read before; its own {@link IllegalArgumentException}, which names
     * the record's field, is prefixed with this section's path ({@code pi4j.connectors[0].pilot: adcChannel must be
     * 0 to 7, got 9}).
     */
    <T> T build(Supplier<T> create) {
        return build(path + ": ", create);
    }

    /** Builds a record whose errors start with a field path relative to this section ({@code connectors[1].relay.coil}). */
    <T> T buildNested(Supplier<T> create) {
        return build(path + ".", create);
    }

    private static <T> T build(String prefix, Supplier<T> create) {
        try {
            return create.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + e.getMessage(), e);
        }
    }
}
