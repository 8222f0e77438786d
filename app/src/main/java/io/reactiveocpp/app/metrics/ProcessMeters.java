package io.reactiveocpp.app.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.reactiveocpp.app.Version;

import java.io.IOException;
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
 * </ul>
 */
public final class ProcessMeters {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMeters() {
    }

    /** Registers both meters in {@code registry} (the second only on Linux). */
    public static void bindTo(MeterRegistry registry) {
        Gauge.builder("build.info", () -> 1)
                .description("The version of this build and of the Java runtime")
                .tag("version", Version.VERSION).tag("java_version", System.getProperty("java.version", "unknown"))
                .register(registry);
        if (residentBytes(STATUS) >= 0) {
            Gauge.builder("process.resident.memory", () -> residentBytes(STATUS)).baseUnit("bytes")
                    .description("Resident memory size (VmRSS)").register(registry);
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
