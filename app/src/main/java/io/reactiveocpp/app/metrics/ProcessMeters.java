package io.reactiveocpp.app.metrics;

import com.sun.management.OperatingSystemMXBean;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.reactiveocpp.app.Version;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the process is, as meters:
 * <ul>
 *   <li>{@code build_info{version,java_version}}: always 1; the version of this build ({@link Version}) and of
 *       the Java runtime</li>
 *   <li>{@code process_resident_memory_bytes}: the resident set size, {@code VmRSS} of {@code /proc/self/status},
 *       read at each scrape; only where that file has it (Linux), absent elsewhere</li>
 *   <li>{@code process_cpu_seconds_total}: the CPU time the process used, in place of Micrometer's
 *       {@code process.cpu.time} (in nanoseconds, which Prometheus exposes as {@code process_cpu_time_ns_total}: a
 *       unit Prometheus does not use); only where the JVM tells it</li>
 * </ul>
 */
public final class ProcessMeters {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMeters() {
    }

    /**
     * Registers these meters in {@code registry} (the resident memory only on Linux); bind Micrometer's
     * {@code ProcessorMetrics} first, its CPU time counter is replaced.
     */
    public static void bindTo(MeterRegistry registry) {
        Gauge.builder("build.info", () -> 1)
                .description("The version of this build and of the Java runtime")
                .tag("version", Version.VERSION).tag("java_version", System.getProperty("java.version", "unknown"))
                .register(registry);
        if (residentBytes(STATUS) >= 0) {
            Gauge.builder("process.resident.memory", () -> residentBytes(STATUS)).baseUnit("bytes")
                    .description("Resident memory size (VmRSS)").register(registry);
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                && os.getProcessCpuTime() >= 0) {
            registry.find("process.cpu.time").meters().forEach(registry::remove);
            FunctionCounter.builder("process.cpu", os, bean -> bean.getProcessCpuTime() / 1e9).baseUnit("seconds")
                    .description("CPU time used by the process").register(registry);
        }
    }

    /** {@code VmRSS} of a {@code /proc/PID/status} file in bytes; -1 when the file or the line is missing. */
    static long residentBytes(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmRSS:")) {
                    // "VmRSS:	   81234 kB": the kernel always reports kB
                    String[] fields = line.substring("VmRSS:".length()).trim().split("\\s+");
                    return Long.parseLong(fields[0]) * 1024;
                }
            }
            return -1;
        } catch (IOException | RuntimeException e) {
            return -1; // not Linux, or an unexpected format: no figure rather than a wrong one
        }
    }
}
