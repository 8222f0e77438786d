package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.HardwareException;
import io.reactiveocpp.hal.InstallCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Pi4J station's system side installs firmware with the configured command, and only with it. */
class HostSystemTest {

    @TempDir
    Path dir;

    @Test
    void installingRunsTheConfiguredCommandWithTheFile() throws Exception {
        Path marker = dir.resolve("installed");
        Path script = Files.writeString(dir.resolve("install.sh"), "echo \"$1\" > '" + marker + "'\n");
        Path file = Files.writeString(dir.resolve("image.swu"), "2.0.0\n");
        HostSystem system = new HostSystem(() -> { },
                new InstallCommand(List.of("/bin/sh", script.toString(), "{file}"), Duration.ofSeconds(10)));

        system.installFirmware(file).block(Duration.ofSeconds(20));

        assertThat(Files.readString(marker).strip()).isEqualTo(file.toAbsolutePath().toString());
    }

    @Test
    void withoutACommandInstallingFailsAsNotAvailable() throws Exception {
        Path file = Files.writeString(dir.resolve("image.swu"), "2.0.0\n");
        HostSystem system = new HostSystem(() -> { }, null);

        assertThatThrownBy(() -> system.installFirmware(file).block(Duration.ofSeconds(20)))
                .isInstanceOf(HardwareException.class)
                .hasMessageContaining("not available");
    }
}
