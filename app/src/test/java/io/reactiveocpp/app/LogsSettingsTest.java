package io.reactiveocpp.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code logs.maxTotalSize}: the bound of the rolling log files from the file, the environment and the command line. */
class LogsSettingsTest {

    @TempDir
    Path dir;

    private Settings load(String yaml, String cli, Map<String, String> env) throws Exception {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, yaml);
        return SettingsLoader.load(new SettingsLoader.Overrides(file, "ws://127.0.0.1:1", "CP-1", dir.resolve("data"),
                0, null, null, null, null, null, cli), env);
    }

    @Test
    void withoutASettingTheFilesTakeFiftyMegabytes() throws Exception {
        assertThat(load("connectors: 1\n", null, Map.of()).logsMaxTotalSize()).isEqualTo(50L * 1024 * 1024);
    }

    @Test
    void theFileSetsItTheEnvironmentOverridesItTheCommandLineOverridesBoth() throws Exception {
        assertThat(load("logs: { maxTotalSize: 20MB }\n", null, Map.of()).logsMaxTotalSize()).isEqualTo(20L << 20);
        assertThat(load("logs: { maxTotalSize: 20MB }\n", null, Map.of("REACTIVE_OCPP_LOGS_MAX_TOTAL_SIZE", "1GB"))
                .logsMaxTotalSize()).isEqualTo(1L << 30);
        assertThat(load("logs: { maxTotalSize: 20MB }\n", "512KB",
                Map.of("REACTIVE_OCPP_LOGS_MAX_TOTAL_SIZE", "1GB")).logsMaxTotalSize()).isEqualTo(512L << 10);
    }

    @Test
    void aBadOrTooSmallSizeOrAnUnknownLogsSettingNamesTheSetting() {
        assertThatThrownBy(() -> load("logs: { maxTotalSize: lots }\n", null, Map.of()))
                .hasMessageStartingWith("logs.maxTotalSize must be a size");
        assertThatThrownBy(() -> load("connectors: 1\n", "1KB", Map.of()))
                .hasMessageStartingWith("logs.maxTotalSize must be at least 64KB");
        assertThatThrownBy(() -> load("logs: { maxSize: 1MB }\n", null, Map.of()))
                .hasMessageContaining("unknown setting 'logs.maxSize'");
    }

    @Test
    void theExampleFileSetsFiftyMegabytes() {
        Settings settings = SettingsLoader.load(new SettingsLoader.Overrides(Path.of("../deploy/config.example.yaml"),
                null, null, dir, null, null, null, null, null, null, null), Map.of());
        assertThat(settings.logsMaxTotalSize()).isEqualTo(50L << 20);
    }
}
