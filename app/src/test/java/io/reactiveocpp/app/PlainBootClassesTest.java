package io.reactiveocpp.app;

import io.reactiveocpp.session.testing.JavaOcaBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a plain boot loads: the service as a process of its own ({@code -Xlog:class+load}) boots against
 * Java-OCA-OCPP's server, binds its HTTP interface (no request made) and is stopped. The heavy parts that only
 * a later use needs must not have been loaded: jackson-databind (the first HTTP request that reads or writes
 * JSON loads it; the OCPP log, which reads every frame, must not) and the payload records and codecs of the
 * actions that were not used (the Action table makes them on an action's first use), and logback's pattern
 * layout with its converters (the service's two line layouts are written by hand).
 */
class PlainBootClassesTest {

    private static final Duration WAIT = Duration.ofSeconds(40);

    @TempDir
    Path dir;

    @Test
    void aBootAndAnIdleInterfaceLoadNeitherDatabindNorTheCodecsOfUnusedActionsNorThePatternLayout() throws Exception {
        Path classes = dir.resolve("classes.txt");
        Path log = dir.resolve("service.log");
        try (JavaOcaBackend backend = new JavaOcaBackend()) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                    "-Xlog:class+load=info:file=" + classes, "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "--backend", backend.url(), "--id", "CP-CLASSES", "--hal", "sim",
                    "--connectors", "2", "--data-dir", dir.resolve("data").toString(),
                    "--http-port", Integer.toString(freePort()), "--admin-password", "s3cret")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                Flux.interval(Duration.ZERO, Duration.ofMillis(100))
                        .map(i -> read(log))
                        .filter(text -> text.contains("BootNotification answered")
                                && text.contains("local HTTP interface on"))
                        .blockFirst(WAIT);
            } finally {
                process.destroy(); // SIGTERM: the JVM exits in order and the class log is complete
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(read(log)).isTrue();
            }
        }
        Set<String> loaded;
        try (var lines = Files.lines(classes)) {
            loaded = lines.map(line -> line.split(" ")).filter(words -> words.length > 1)
                    .map(words -> words[1]).collect(Collectors.toSet());
        }
        // the log is complete: the boot's own classes are in it
        assertThat(loaded).as(read(log)).contains(
                "io.reactiveocpp.codec.message.core.BootNotificationConfirmation",
                "io.reactiveocpp.app.ocpplog.FrameReader",
                "io.reactiveocpp.app.web.LocalHttpServer");
        assertThat(loaded).doesNotContain(
                "com.fasterxml.jackson.databind.ObjectMapper",
                "com.fasterxml.jackson.databind.JsonNode",
                "io.reactiveocpp.codec.message.core.GetConfigurationConfirmation",
                "io.reactiveocpp.codec.message.firmware.GetDiagnosticsConfirmation",
                "io.reactiveocpp.codec.message.security.SignedUpdateFirmwareConfirmation",
                "io.reactiveocpp.codec.type.Firmware",
                "io.reactiveocpp.codec.type.LogParameters",
                "ch.qos.logback.classic.PatternLayout");
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
