package io.reactiveocpp.engine.config;

import java.util.Set;

/**
 * One configuration key: how it is typed, whether the backend may change it, its range and default, and
 * what a change needs. Definitions are data; see {@link KeyCatalogue}.
 *
 * @param name           the key as OCPP names it
 * @param type           the value type
 * @param access         who may read and write it
 * @param min            smallest integer / fewest list elements, or {@code Long.MIN_VALUE}
 * @param max            largest integer / longest string / most list elements, or {@code Long.MAX_VALUE}
 * @param allowed        allowed values (STRING) or list elements (CSL), or empty for any
 * @param defaultValue   the value before anyone set it
 * @param rebootRequired a change is answered RebootRequired and applies after a restart
 */
public record KeyDefinition(String name, KeyType type, Access access, long min, long max, Set<String> allowed,
                            String defaultValue, boolean rebootRequired) {

    /** Who may see and change a key. */
    public enum Access {
        /** GetConfiguration shows it; ChangeConfiguration answers Rejected. */
        READ_ONLY,
        /** Readable and writable. */
        READ_WRITE,
        /** Writable, never shown (AuthorizationKey): GetConfiguration lists it as unknown. */
        WRITE_ONLY
    }

    public KeyDefinition {
        allowed = allowed == null ? Set.of() : Set.copyOf(allowed);
        if (defaultValue != null && validate(name, type, min, max, allowed, defaultValue) != null) {
            throw new IllegalArgumentException("bad default of " + name + ": " + defaultValue);
        }
    }

    /** {@code null} when {@code value} is acceptable, else why not (naming the key and the range). */
    public String validate(String value) {
        return validate(name, type, min, max, allowed, value);
    }

    private static String validate(String name, KeyType type, long min, long max, Set<String> allowed, String value) {
        if (value == null) {
            return name + " needs a value";
        }
        switch (type) {
            case BOOLEAN:
                return parseBoolean(value) == null ? name + " must be true or false" : null;
            case INTEGER:
                try {
                    long v = Long.parseLong(value.trim());
                    return v < min || v > max ? name + " must be " + range(min, max) + ", got " + value : null;
                } catch (NumberFormatException e) {
                    return name + " must be a whole number " + range(min, max) + ", got '" + value + "'";
                }
            case CSL: {
                String[] items = value.isBlank() ? new String[0] : value.split(",");
                if (items.length < Math.max(min, 0) || items.length > max) {
                    return name + " must list " + range(Math.max(min, 0), max) + " elements, got " + items.length;
                }
                for (String item : items) {
                    if (!allowed.isEmpty() && !allowed.contains(item.trim())) {
                        return name + ": '" + item.trim() + "' is not one of " + allowed;
                    }
                }
                return null;
            }
            default:
                if (value.length() > max) {
                    return name + " must be at most " + max + " characters";
                }
                return !allowed.isEmpty() && !allowed.contains(value) ? name + " must be one of " + allowed : null;
        }
    }

    /** OCPP booleans: true/false in any case, and 1/0 (BooleanValuesAsIntegers); {@code null} otherwise. */
    public static Boolean parseBoolean(String value) {
        String v = value.trim();
        if (v.equalsIgnoreCase("true") || v.equals("1")) {
            return Boolean.TRUE;
        }
        if (v.equalsIgnoreCase("false") || v.equals("0")) {
            return Boolean.FALSE;
        }
        return null;
    }

    private static String range(long min, long max) {
        if (max == Long.MAX_VALUE) {
            return "at least " + min;
        }
        return min + " to " + max;
    }
}
