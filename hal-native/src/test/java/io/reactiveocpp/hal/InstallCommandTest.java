package io.reactiveocpp.hal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The install command run as a real process: its argument, its exit code, its output, its timeout. */
class InstallCommandTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Path firmware() throws IOException {
        return Files.writeString(dir.resolve("image.raucb"), "2.0.0\n");
    }

    private InstallCommand script(String body, Duration timeout) throws IOException {
        Path script = Files.writeString(dir.resolve("install.sh"), body);
        return new InstallCommand(List.of("/bin/sh", script.toString(), InstallCommand.FILE), timeout);
    }

    @Test
    void exitCodeZeroCompletesAndTheCommandGetsTheFilesAbsolutePath() throws IOException {
        Path marker = dir.resolve("marker");
        InstallCommand command = script("echo installing\necho \"$1\" > '" + marker + "'\n", Duration.ofSeconds(10));
        Path file = firmware();

        command.run(file).block(WAIT);

        assertThat(Files.readString(marker).strip()).isEqualTo(file.toAbsolutePath().toString());
    }

    @Test
    void theCommandDoesNotRunBeforeSubscription() throws IOException {
        Path marker = dir.resolve("marker");
        InstallCommand command = script("touch '" + marker + "'\n", Duration.ofSeconds(10));

        var install = command.run(firmware());

        assertThat(marker).doesNotExist();
        install.block(WAIT);
        assertThat(marker).exists();
    }

    @Test
    void aNonZeroExitCodeFailsNamingTheCodeAndTheLastOutputLines() throws IOException {
        InstallCommand command = script("echo first\necho 'slot B is bad' >&2\nexit 3\n", Duration.ofSeconds(10));
        Path file = firmware();

        assertThatThrownBy(() -> command.run(file).block(WAIT))
                .isInstanceOf(HardwareException.class)
                .hasMessageContaining("exit code 3")
                .hasMessageContaining("slot B is bad")
                .hasMessageContaining("first");
    }

    @Test
    void onlyTheLastTwentyOutputLinesGoIntoTheError() throws IOException {
        InstallCommand command = script("i=1\nwhile [ $i -le 300 ]; do echo \"line $i\"; i=$((i+1)); done\nexit 1\n",
                Duration.ofSeconds(10));
        Path file = firmware();

        assertThatThrownBy(() -> command.run(file).block(WAIT))
                .hasMessageContaining("line 281 | ")
                .hasMessageEndingWith("line 300")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("line 280 "));
    }

    @Test
    void aCommandThatOutlivesItsTimeoutIsKilledAndFails() throws Exception {
        Path pid = dir.resolve("pid");
        InstallCommand command = script("echo $$ > '" + pid + "'\necho started\nexec sleep 30\n", Duration.ofSeconds(1));
        Path file = firmware();
        long start = System.nanoTime();

        assertThatThrownBy(() -> command.run(file).block(WAIT))
                .isInstanceOf(HardwareException.class)
                .hasMessageContaining("timed out after 1 s")
                .hasMessageContaining("started");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        long processId = Long.parseLong(Files.readString(pid).strip());
        assertThat(ProcessHandle.of(processId).map(ProcessHandle::isAlive)).as("the process is gone")
                .isNotEqualTo(java.util.Optional.of(true));
    }

    @Test
    void aMissingFileFailsNamingItWithoutRunningTheCommand() throws IOException {
        Path marker = dir.resolve("marker");
        InstallCommand command = script("touch '" + marker + "'\n", Duration.ofSeconds(10));
        Path absent = dir.resolve("absent.raucb");

        assertThatThrownBy(() -> command.run(absent).block(WAIT))
                .isInstanceOf(HardwareException.class)
                .hasMessageContaining(absent.toString())
                .hasMessageContaining("missing");
        assertThat(marker).doesNotExist();
    }

    @Test
    void aProgramThatCannotStartFails() throws IOException {
        InstallCommand command = InstallCommand.of(dir.resolve("no-such-updater").toString(), InstallCommand.FILE);
        Path file = firmware();

        assertThatThrownBy(() -> command.run(file).block(WAIT))
                .isInstanceOf(HardwareException.class)
                .hasMessageContaining("cannot start");
    }

    @Test
    void thePlaceholderIsReplacedInEveryArgumentThatContainsIt() {
        InstallCommand command = InstallCommand.of("swupdate", "-i", "{file}", "--log={file}.log");
        Path file = Path.of("fw.swu");
        String absolute = file.toAbsolutePath().toString();

        assertThat(command.argumentsFor(file)).containsExactly("swupdate", "-i", absolute, "--log=" + absolute + ".log");
        assertThat(command.timeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theConstructorRefusesWhatCannotRunNamingTheField() {
        assertThatThrownBy(() -> new InstallCommand(List.of(), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("command");
        assertThatThrownBy(() -> new InstallCommand(null, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("command");
        assertThatThrownBy(() -> new InstallCommand(List.of(" ", "{file}"), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("command[0]");
        assertThatThrownBy(() -> new InstallCommand(Arrays.asList("rauc", null), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("command[1]");
        for (Duration bad : Arrays.asList(null, Duration.ofMillis(999), Duration.ofHours(24).plusSeconds(1))) {
            assertThatThrownBy(() -> new InstallCommand(List.of("rauc"), bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("timeout");
        }
        assertThat(new InstallCommand(List.of("rauc"), Duration.ofSeconds(1)).timeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(new InstallCommand(List.of("rauc"), Duration.ofHours(24)).timeout()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void theArgumentListIsCopied() {
        List<String> arguments = new ArrayList<>(List.of("rauc", "install", "{file}"));
        InstallCommand command = new InstallCommand(arguments, Duration.ofMinutes(1));
        arguments.set(0, "rm");
        assertThat(command.command()).containsExactly("rauc", "install", "{file}");
    }
}
