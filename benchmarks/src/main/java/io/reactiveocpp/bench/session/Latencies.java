package io.reactiveocpp.bench.session;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every round trip's duration in nanoseconds, kept as it is (no histogram buckets), so that the percentiles
 * are exact. Thread-safe to record into; samples beyond the capacity are counted but not kept.
 */
final class Latencies {

    private final long[] samples;
    private final AtomicInteger count = new AtomicInteger();

    Latencies(int capacity) {
        samples = new long[capacity];
    }

    void record(long nanos) {
        int i = count.getAndIncrement();
        if (i < samples.length) {
            samples[i] = nanos;
        }
    }

    /** Samples recorded, including the ones that did not fit. */
    int count() {
        return count.get();
    }

    /** The percentiles of what was kept, in nanoseconds. */
    Summary summary() {
        int n = Math.min(count.get(), samples.length);
        long[] sorted = Arrays.copyOf(samples, n);
        Arrays.sort(sorted);
        return new Summary(n, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), at(sorted, 0.999),
                n == 0 ? 0 : sorted[n - 1]);
    }

    private static long at(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Percentiles in nanoseconds. */
    record Summary(int samples, long p50, long p90, long p99, long p999, long max) {

        @Override
        public String toString() {
            return String.format("n=%d p50=%s p90=%s p99=%s p99.9=%s max=%s", samples, micros(p50), micros(p90),
                    micros(p99), micros(p999), micros(max));
        }

        static String micros(long nanos) {
            return nanos < 10_000_000 ? String.format("%.1f µs", nanos / 1e3) : String.format("%.1f ms", nanos / 1e6);
        }
    }
}
