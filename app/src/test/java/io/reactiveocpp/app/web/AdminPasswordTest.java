package io.reactiveocpp.app.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without a configured password, one is generated at first start, printed once, and only its hash kept. */
class AdminPasswordTest {

    static final Pattern PRINTED = Pattern.compile("password ([A-Za-z0-9_-]{20}) \\(shown only this once");

    @TempDir
    Path dir;

    static String printed(LogCapture log) {
        assertThat(log.warnings()).hasSize(1);
        Matcher m = PRINTED.matcher(log.warnings().get(0));
        assertThat(m.find()).as(log.warnings().get(0)).isTrue();
        return m.group(1);
    }

    @Test
    void theFirstStartGeneratesAPasswordPrintsItOnceAndKeepsOnlyItsHash() throws IOException {
        Path data = dir.resolve("data"); // not there yet
        Path file = data.resolve(AdminPassword.FILE).toAbsolutePath();
        String password;
        PasswordHash first;
        try (LogCapture log = LogCapture.of(AdminPassword.class)) {
            first = AdminPassword.resolve(null, data);
            password = printed(log);
            assertThat(log.warnings().get(0)).contains(file.toString()).contains("delete");
        }
        assertThat(first.matches(password.getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String stored = Files.readString(file);
        assertThat(stored).isEqualTo(first + "\n").doesNotContain(password);

        try (LogCapture log = LogCapture.of(AdminPassword.class)) {
            PasswordHash again = AdminPassword.resolve(null, data);
            assertThat(log.warnings()).as("nothing printed at later starts").isEmpty();
            assertThat(again.toString()).isEqualTo(first.toString());
            assertThat(again.matches(password.getBytes(StandardCharsets.US_ASCII))).isTrue();
        }
        assertThat(Files.readString(file)).isEqualTo(stored);
    }

    @Test
    void aConfiguredPasswordWinsAndTheStoredOneIsLeftAlone() throws IOException {
        AdminPassword.resolve(null, dir);
        String stored = Files.readString(dir.resolve(AdminPassword.FILE));
        try (LogCapture log = LogCapture.of(AdminPassword.class)) {
            PasswordHash configured = AdminPassword.resolve("configured one", dir);
            assertThat(configured.matches("configured one".getBytes(StandardCharsets.UTF_8))).isTrue();
            assertThat(log.warnings()).isEmpty();
        }
        assertThat(Files.readString(dir.resolve(AdminPassword.FILE))).isEqualTo(stored);
        assertThat(Files.exists(Path.of(dir.toString(), "missing", AdminPassword.FILE))).isFalse();
    }

    @Test
    void deletingTheFileGivesANewPasswordAtTheNextStart() throws IOException {
        String first;
        try (LogCapture log = LogCapture.of(AdminPassword.class)) {
            AdminPassword.resolve(null, dir);
            first = printed(log);
        }
        Files.delete(dir.resolve(AdminPassword.FILE));
        try (LogCapture log = LogCapture.of(AdminPassword.class)) {
            PasswordHash renewed = AdminPassword.resolve(null, dir);
            String second = printed(log);
            assertThat(second).isNotEqualTo(first);
            assertThat(renewed.matches(first.getBytes(StandardCharsets.US_ASCII))).isFalse();
        }
    }

    @Test
    void aDamagedFileStopsTheStartNamingIt() throws IOException {
        Path file = dir.resolve(AdminPassword.FILE);
        Files.writeString(file, "pbkdf2-sha256$210000$c2FsdA$broken\n");
        assertThatThrownBy(() -> AdminPassword.resolve(null, dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toAbsolutePath().toString()).hasMessageContaining("delete the file");
    }
}
