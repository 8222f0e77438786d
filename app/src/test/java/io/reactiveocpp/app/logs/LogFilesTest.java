package io.reactiveocpp.app.logs;

import ch.qos.logback.classic.Level;
import io.reactiveocpp.codec.type.LogType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The rolling log files in the data directory: where they are, their mode, their bound, and reading them back. */
class LogFilesTest {

    private static final Logger LOG = LoggerFactory.getLogger("io.reactiveocpp.app.logs.LogFilesTest.Events");

    @TempDir
    Path data;

    @Test
    void theFilesAppearOwnerOnlyInTheDataDirectoryAndTheirTotalStaysBounded() throws IOException {
        ((ch.qos.logback.classic.Logger) LOG).setLevel(Level.INFO);
        long bound = 128 * 1024;
        String payload = "x".repeat(200);
        // the flood goes to the files only, not to the console of the test run
        var root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        var console = root.getAppender("STDOUT");
        root.detachAppender("STDOUT");
        try (LogFiles files = LogFiles.install(data, bound)) {
            for (int i = 0; i < 5_000; i++) { // about 1.4 MB
                LOG.info("event {} {}", i, payload);
            }
            LOG.info("the last event");
        } finally {
            if (console != null) {
                root.addAppender(console);
            }
        }
        Path dir = data.resolve("logs");
        List<Path> written;
        try (Stream<Path> list = Files.list(dir)) {
            written = list.sorted().toList();
        }
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("reactive-ocpp.1.log", "reactive-ocpp.log");
        long total = 0;
        for (Path file : written) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                    .isEqualTo("rw-------");
            total += Files.size(file);
        }
        int event = 300; // one line is some 290 bytes: each file may exceed its share by one
        assertThat(total).isBetween(bound / 2, bound + 2L * event);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        String all = Files.readString(dir.resolve("reactive-ocpp.1.log")) + Files.readString(dir.resolve("reactive-ocpp.log"));
        assertThat(all).as("the oldest events rolled away").doesNotContain("event 0 ").contains("the last event");
    }

    @Test
    void aLargerBoundMakesMoreFilesOfFiveMegabytesUpToTwentyOne() {
        assertThat(LogFiles.Plan.of(50L << 20)).isEqualTo(new LogFiles.Plan(10, 5L << 20));
        assertThat(LogFiles.Plan.of(64L << 10)).isEqualTo(new LogFiles.Plan(2, 32L << 10));
        assertThat(LogFiles.Plan.of(1L << 30)).isEqualTo(new LogFiles.Plan(21, (1L << 30) / 21));
    }

    @Test
    void whatIsLoggedIsReadBackByItsTimeStamp() {
        ((ch.qos.logback.classic.Logger) LOG).setLevel(Level.INFO);
        Instant before = Instant.now().minusMillis(1);
        try (LogFiles files = LogFiles.install(data, 1 << 20)) {
            LOG.info("read me back", new IllegalStateException("with a stack trace"));
        }
        Instant after = Instant.now().plusMillis(1);
        RollingLogSource source = new RollingLogSource(data.resolve("logs"));

        List<String> entries = source.entries(LogType.DIAGNOSTICS_LOG, before, after).collectList().block();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry).contains(" INFO  [" + Thread.currentThread().getName() + "] "
                    + "io.reactiveocpp.app.logs.LogFilesTest.Events read me back\njava.lang.IllegalStateException: "
                    + "with a stack trace\n\tat ");
            assertThat(Instant.parse(entry.substring(0, entry.indexOf(' ')))).isBetween(before, after);
        });
        assertThat(source.entries(LogType.DIAGNOSTICS_LOG, after, null).collectList().block()).isEmpty();
    }
}
