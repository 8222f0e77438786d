package io.reactiveocpp.codec.json;

import java.util.Map;

/**
 * An immutable lookup from names to values that also answers for a slice of a {@code char[]}, so that
 * enum literals and action names are matched straight from the parser's buffer without making a
 * {@code String} per message.
 *
 * @param <T> the value type
 */
public final class NameTable<T> {

    private final char[][] keys;
    private final Object[] values;
    private final int mask;

    /** Builds the table; later entries of equal name are not allowed. */
    public NameTable(Map<String, T> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
        keys = new char[capacity][];
        values = new Object[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, T> entry : entries.entrySet()) {
            char[] key = entry.getKey().toCharArray();
            int slot = hash(key, 0, key.length) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = entry.getValue();
        }
    }

    /** The value named by {@code chars[offset, offset + length)}, or {@code null}. */
    @SuppressWarnings("unchecked")
    public T get(char[] chars, int offset, int length) {
        int slot = hash(chars, offset, length) & mask;
        char[] key;
        while ((key = keys[slot]) != null) {
            if (matches(key, chars, offset, length)) {
                return (T) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    /** The value of that name, or {@code null}. */
    public T get(String name) {
        if (name == null) {
            return null;
        }
        char[] chars = name.toCharArray();
        return get(chars, 0, chars.length);
    }

    private static boolean matches(char[] key, char[] chars, int offset, int length) {
        return key.length == length && java.util.Arrays.equals(key, 0, length, chars, offset, offset + length);
    }

    /**
     * A cheap hash of the length and four sample characters: enough to spread the few dozen names of a
     * table (they differ in length or in their first, middle or last characters), and it does not walk a
     * 29-character measurand name; {@link #matches} still compares every character.
     */
    private static int hash(char[] chars, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int h = length;
        h = 31 * h + chars[offset];
        h = 31 * h + chars[offset + (length >> 2)];
        h = 31 * h + chars[offset + (length >> 1)];
        h = 31 * h + chars[offset + length - 1];
        return h ^ (h >>> 7) ^ (h >>> 15);
    }
}
