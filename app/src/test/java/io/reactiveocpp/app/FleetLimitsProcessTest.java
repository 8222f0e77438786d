package io.reactiveocpp.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --fleet N} in a process too small for N: refused at start with the heap or the file descriptors it needs
 * (issue 18), before a single link is opened.
 */
class FleetLimitsProcessTest {

    @TempDir
    Path dir;

    @Test
    void aFleetTooLargeForTheHeapEndsAtOnceNamingTheXmxItNeeds() throws Exception {
        String output = refused(List.of(), "-Xmx64m", "20000");
        assertThat(output).contains("configuration error: fleet: 20,000 charge points need a heap of at least")
                .containsPattern("this JVM has \\d+ MB: start java with -Xmx\\d+m");
    }

    @Test
    void aFleetWithMoreLinksThanTheDescriptorLimitEndsAtOnceNamingTheLimit() throws Exception {
        // a lower limit needs no privilege: prlimit runs the JVM with 1,000 descriptors
        String output = refused(List.of("prlimit", "--nofile=1000:1000"), "-Xmx512m", "2000");
        assertThat(output).contains("configuration error: fleet: 2,000 charge points need 2,256 file descriptors")
                .contains("this process may open 1,000");
    }

    /** Runs the service's fleet mode with these limits; its output, once it ended with 1 by itself. */
    private String refused(List<String> prefix, String heap, String members) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(prefix);
        command.addAll(List.of(java, heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--fleet", members, "--backend", "ws://127.0.0.1:9", "--http-port", "0", "--data-dir", dir.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("ended by itself").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isEqualTo(1);
        assertThat(output).doesNotContain("fleet: all").doesNotContain("fleet: " + members + " charge points ");
        return output;
    }
}
