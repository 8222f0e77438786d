package io.reactiveocpp.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database is set aside only for its own fault: when SQLite itself cannot be used (its native library missing
 * for this platform, as the ARM jar on x86 showed), the file stays where it is and the start fails instead.
 */
class DataDirectorySqliteTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatFailsItsCheckIsSetAsideWhenSqliteWorks() throws Exception {
        DataDirectory data = DataDirectory.prepare(dir, Clock.systemUTC());
        Files.writeString(dir.resolve("queue.db"), "not a database, but long enough to be read as one".repeat(100));

        data.open("queue.db", file -> file);

        assertThat(data.setAside()).hasSize(1);
        assertThat(DataDirectory.sqliteWorks()).as("SQLite works in this JVM").isNull();
    }

    @Test
    void whenSqliteItselfDoesNotWorkTheFileIsLeftWhereItIsAndTheOpenFails() throws Exception {
        DataDirectory data = DataDirectory.prepare(dir, Clock.systemUTC());
        String content = "a queue SQLite could not read because its library is missing".repeat(100);
        Files.writeString(dir.resolve("queue.db"), content);
        data.sqliteProbe = () -> "No native library found for os.name=Linux, os.arch=x86_64";

        assertThatThrownBy(() -> data.open("queue.db", file -> file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No native library found").hasMessageContaining("left as it is");
        assertThat(data.setAside()).isEmpty();
        assertThat(Files.readString(dir.resolve("queue.db"), StandardCharsets.UTF_8)).isEqualTo(content);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".corrupt-"));
        }
    }
}
