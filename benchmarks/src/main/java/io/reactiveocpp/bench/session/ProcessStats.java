package io.reactiveocpp.bench.session;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** What the process costs: threads, heap, resident memory and CPU time, from the JVM's beans and /proc. */
final class ProcessStats {

    private ProcessStats() {
    }

    static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    static int peakThreads() {
        return ManagementFactory.getThreadMXBean().getPeakThreadCount();
    }

    /** Heap in use right after a full collection, bytes. */
    static long heapUsedAfterGc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long heapMax() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    static long nonHeapUsed() {
        return ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage().getUsed();
    }

    /** CPU time of the whole process (all threads, user and system), nanoseconds. */
    static long cpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
        }
        return -1;
    }

    /** Busy CPU time of the whole machine (every process, every core) from /proc/stat, nanoseconds. */
    static long machineBusyNanos() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(f[i]);
            }
            return busy * TICK_NANOS;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** CPU time (user and system) of another process from /proc/PID/stat, nanoseconds; -1 if unknown. */
    static long processCpuNanos(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "(comm) ": state is field 3, utime 14 and stime 15 of the whole line
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_NANOS;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** USER_HZ: 100 on Linux. */
    private static final long TICK_NANOS = 10_000_000L;

    /** Bytes allocated so far by the threads alive now (HotSpot's per-thread counters). */
    static long allocatedBytes() {
        var threads = ManagementFactory.getThreadMXBean();
        if (!(threads instanceof com.sun.management.ThreadMXBean)) {
            return -1;
        }
        var hotspot = (com.sun.management.ThreadMXBean) threads;
        long sum = 0;
        for (long bytes : hotspot.getThreadAllocatedBytes(hotspot.getAllThreadIds())) {
            if (bytes > 0) {
                sum += bytes;
            }
        }
        return sum;
    }

    /** {@code VmRSS} of /proc/self/status, bytes. */
    static long rss() {
        return status("VmRSS");
    }

    /** {@code VmHWM} (peak resident set) of /proc/self/status, bytes. */
    static long peakRss() {
        return status("VmHWM");
    }

    /** Threads by name with the trailing number cut off, to show who owns them. */
    static Map<String, Integer> threadGroups() {
        Map<String, Integer> groups = new TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName().replaceAll("[-#_ ]?\\d+$", "").replaceAll("\\d+", "N");
            groups.merge(name, 1, Integer::sum);
        }
        return groups;
    }

    private static long status(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key + ":")) {
                    String[] parts = line.substring(key.length() + 1).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format("%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
