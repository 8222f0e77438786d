package io.reactiveocpp.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --fleet N} in a heap too small for N: refused at start with the heap it needs (issue 18), no storm. */
class FleetHeapProcessTest {

    @TempDir
    Path dir;

    @Test
    void aFleetTooLargeForTheHeapEndsAtOnceNamingTheXmxItNeeds() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--fleet", "20000", "--backend", "ws://127.0.0.1:9", "--http-port", "0",
                "--data-dir", dir.toString())).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("ended by itself").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("configuration error: fleet: 20,000 charge points need a heap of at least")
                .containsPattern("this JVM has \\d+ MB: start java with -Xmx\\d+m")
                .doesNotContain("fleet: all");
    }
}
