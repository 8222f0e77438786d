package io.reactiveocpp.bench.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one row: median with min–max. */
public final class Spread {

    private final List<Double> values = new ArrayList<>();

    public void add(double value) {
        values.add(value);
    }

    public double median() {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** {@code 512 (498–530)}, in the given format. */
    public String format(String number) {
        if (values.isEmpty()) {
            return "n/a";
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return String.format(Locale.ROOT, number + " (" + number + "–" + number + ")", median(), min, max);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
