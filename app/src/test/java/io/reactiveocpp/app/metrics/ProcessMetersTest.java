package io.reactiveocpp.app.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The resident memory from a {@code /proc/PID/status} file; absent where there is none. */
class ProcessMetersTest {

    @TempDir
    Path dir;

    @Test
    void residentMemoryIsVmRssInBytes() throws IOException {
        Path status = Files.writeString(dir.resolve("status"),
                "Name:\tjava\nVmPeak:\t 4000000 kB\nVmRSS:\t   81234 kB\nRssAnon:\t 20000 kB\n");

        assertThat(ProcessMeters.residentBytes(status)).isEqualTo(81234L * 1024);
    }

    @Test
    void noFileOrNoVmRssLineOrAGarbledOneGivesNoFigure() throws IOException {
        assertThat(ProcessMeters.residentBytes(dir.resolve("missing"))).isEqualTo(-1);
        assertThat(ProcessMeters.residentBytes(Files.writeString(dir.resolve("a"), "Name:\tjava\n"))).isEqualTo(-1);
        assertThat(ProcessMeters.residentBytes(Files.writeString(dir.resolve("b"), "VmRSS:\n"))).isEqualTo(-1);
        assertThat(ProcessMeters.residentBytes(Files.writeString(dir.resolve("c"), "VmRSS:\tlots kB\n"))).isEqualTo(-1);
    }

    @Test
    void onLinuxTheGaugeReadsThisProcess() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "Linux only");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        ProcessMeters.bindTo(registry);

        assertThat(registry.get("process.resident.memory").gauge().value()).isGreaterThan(10e6);
        assertThat(registry.get("build.info").tag("version", io.reactiveocpp.app.Version.VERSION).gauge().value())
                .isEqualTo(1);
    }
}
