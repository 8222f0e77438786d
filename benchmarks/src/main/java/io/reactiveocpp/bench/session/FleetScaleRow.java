package io.reactiveocpp.bench.session;

/**
 * One result row of {@link FleetScale}, printed as the Markdown table the README quotes.
 *
 * @param stack          the stack measured, as the table names it
 * @param n              charge points started
 * @param connected      connected at the end of the steady period
 * @param booted         booted
 * @param threads        live threads at the end
 * @param peakThreads    the most live threads seen
 * @param heap           bytes of heap after a full GC
 * @param rss            resident bytes at the end, before the GC
 * @param rssAfterGc     resident bytes after it
 * @param peakRss        the most resident bytes (VmHWM)
 * @param cpuPercent     CPU of the steady period, percent of one core
 * @param heartbeatsRate heartbeats answered per second in the steady period
 * @param latency        heartbeat round trips of the steady period
 */
record FleetScaleRow(String stack, int n, int connected, int booted, int threads, int peakThreads, long heap, long rss,
                     long rssAfterGc, long peakRss, double cpuPercent, double heartbeatsRate, Latencies.Summary latency) {

    void print() {
        System.out.println("| stack | N | connected | booted | live threads | peak threads | heap after GC | RSS "
                + "| RSS after GC | peak RSS | CPU steady (% of one core) | heartbeats/s | HB p50 | HB p99 | HB max |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        System.out.printf("| %s | %,d | %,d | %,d | %d | %d | %s | %s | %s | %s | %.1f %% | %.0f | %s | %s | %s |%n",
                stack, n, connected, booted, threads, peakThreads, ProcessStats.mib(heap), ProcessStats.mib(rss),
                ProcessStats.mib(rssAfterGc), ProcessStats.mib(peakRss), cpuPercent, heartbeatsRate,
                Latencies.Summary.micros(latency.p50()), Latencies.Summary.micros(latency.p99()),
                Latencies.Summary.micros(latency.max()));
        System.out.println("latency: " + latency);
    }
}
