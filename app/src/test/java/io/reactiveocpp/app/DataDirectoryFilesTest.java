package io.reactiveocpp.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory for firmware and diagnostics files is as private as the rest of the data directory. */
class DataDirectoryFilesTest {

    @TempDir
    Path parent;

    @Test
    void theFilesDirectoryIsCreatedOwnerOnly() throws Exception {
        Path files = DataDirectory.prepare(parent.resolve("data"), Clock.systemUTC()).directory("files");

        assertThat(files).isDirectory().isEqualTo(parent.resolve("data/files"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files))).isEqualTo("rwx------");
    }

    @Test
    void anExistingFilesDirectoryIsMadeOwnerOnly() throws Exception {
        Path files = Files.createDirectories(parent.resolve("data/files"));
        Files.setPosixFilePermissions(files, PosixFilePermissions.fromString("rwxr-xr-x"));

        DataDirectory.prepare(parent.resolve("data"), Clock.systemUTC()).directory("files");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files))).isEqualTo("rwx------");
    }
}
