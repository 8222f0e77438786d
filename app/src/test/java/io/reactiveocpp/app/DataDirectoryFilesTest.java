package io.reactiveocpp.app;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;

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

    @Test
    void theChargePointGetsItsFilesDirectoryInTheDataDirectory() throws Exception {
        Path config = Files.writeString(parent.resolve("config.yaml"), "hal: sim\n");
        Settings settings = SettingsLoader.load(new SettingsLoader.Overrides(config, "ws://127.0.0.1:1", "CP-1",
                parent.resolve("data"), 0, null, null, null, null), Map.of());

        new ChargePointRuntime(settings, "ws://127.0.0.1:1", new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                () -> { }).close();

        Path files = parent.resolve("data/files");
        assertThat(files).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files))).isEqualTo("rwx------");
    }
}
