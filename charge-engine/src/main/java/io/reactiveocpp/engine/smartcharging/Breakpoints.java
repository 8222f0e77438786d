package io.reactiveocpp.engine.smartcharging;

import java.util.Arrays;

/**
 * The instants (epoch milliseconds) where some profile's limit may change in a window {@code [from, to)}: a growable
 * array of primitives, sorted and without repeats once {@link #sorted} ran, always holding {@code from} and
 * {@code to}, so that consecutive entries bound the elementary stretches of the composite.
 */
final class Breakpoints {

    private long[] instants = new long[16];
    private int size;

    Breakpoints(long from, long to) {
        add(from);
        add(to);
    }

    /** Adds {@code t} when it lies strictly inside the window (the window's own ends are already there). */
    void addWithin(long t, long from, long to) {
        if (t > from && t < to) {
            add(t);
        }
    }

    /** Makes room for {@code more} instants at once (up to 65,536; beyond that the array grows as it fills). */
    void reserve(long more) {
        long wanted = Math.min(size + more, 1 << 16);
        if (wanted > instants.length) {
            instants = Arrays.copyOf(instants, (int) wanted);
        }
    }

    private void add(long t) {
        if (size == instants.length) {
            instants = Arrays.copyOf(instants, size * 2);
        }
        instants[size++] = t;
    }

    /** Sorts and drops repeats; returns the number of instants left (at least 2). */
    int sorted() {
        Arrays.sort(instants, 0, size);
        int kept = 1;
        for (int i = 1; i < size; i++) {
            if (instants[i] != instants[kept - 1]) {
                instants[kept++] = instants[i];
            }
        }
        size = kept;
        return size;
    }

    long at(int index) {
        return instants[index];
    }
}
