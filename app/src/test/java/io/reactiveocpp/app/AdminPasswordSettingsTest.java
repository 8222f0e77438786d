package io.reactiveocpp.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where the admin password comes from (file, systemd credential, environment, command line, each as the
 * password or as a file holding it), and the interface's public names.
 */
class AdminPasswordSettingsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Settings load(String yaml, Map<String, String> env, String cliPassword, Path cliPasswordFile)
            throws IOException {
        Path config = yaml == null ? null : write("config.yaml", yaml);
        return SettingsLoader.load(new SettingsLoader.Overrides(config, "ws://127.0.0.1:1", "CP-1", dir.resolve("data"),
                null, null, null, cliPassword, null, cliPasswordFile), env);
    }

    @Test
    void withoutAnyPasswordTheGeneratedOneIsUsedOnAnyAddress() throws IOException {
        Settings settings = load("http: { bind: 0.0.0.0 }\n", Map.of(), null, null);
        assertThat(settings.adminPassword()).isNull();
        assertThat(settings.httpBind()).isEqualTo("0.0.0.0");
        assertThat(settings.toString()).contains("adminPassword=generated");
    }

    @Test
    void aPasswordFileGivesItsFirstLineWithoutTheLineEnd() throws IOException {
        Path file = write("pw", "from the file\r\nsecond line\n");
        assertThat(load("adminPasswordFile: " + file + "\n", Map.of(), null, null).adminPassword())
                .isEqualTo("from the file");
        assertThat(load(null, Map.of("REACTIVE_OCPP_ADMIN_PASSWORD_FILE", file.toString()), null, null).adminPassword())
                .isEqualTo("from the file");
        assertThat(load(null, Map.of(), null, write("pw2", "no line end")).adminPassword()).isEqualTo("no line end");
    }

    @Test
    void theSystemdCredentialIsReadWhenPresent() throws IOException {
        Path credentials = Files.createDirectory(dir.resolve("credentials"));
        assertThat(load(null, Map.of("CREDENTIALS_DIRECTORY", credentials.toString()), null, null).adminPassword())
                .as("no admin-password credential").isNull();
        Files.writeString(credentials.resolve("admin-password"), "credential\n");
        Map<String, String> env = Map.of("CREDENTIALS_DIRECTORY", credentials.toString());
        assertThat(load(null, env, null, null).adminPassword()).isEqualTo("credential");
        assertThat(load("adminPassword: in the file\n", env, null, null).adminPassword()).as("beats the file")
                .isEqualTo("credential");
        assertThat(load(null, Map.of("CREDENTIALS_DIRECTORY", credentials.toString(),
                "REACTIVE_OCPP_ADMIN_PASSWORD", "environment"), null, null).adminPassword())
                .as("the environment beats it").isEqualTo("environment");
    }

    @Test
    void theCommandLineWinsAndAnOverriddenFileIsNotRead() throws IOException {
        Path missing = dir.resolve("missing");
        assertThat(load("adminPasswordFile: " + missing + "\n", Map.of(), "cli", null).adminPassword()).isEqualTo("cli");
        assertThat(load("adminPassword: yaml\n", Map.of("REACTIVE_OCPP_ADMIN_PASSWORD", "env"), null,
                write("pw", "cli file\n")).adminPassword()).isEqualTo("cli file");
    }

    @Test
    void aBadPasswordSourceStopsTheStartNamingIt() throws IOException {
        assertThatThrownBy(() -> load("adminPasswordFile: " + dir.resolve("missing") + "\n", Map.of(), null, null))
                .hasMessageStartingWith("adminPasswordFile: cannot read " + dir.resolve("missing"));
        Path empty = write("empty", "\nsecret on the second line\n");
        assertThatThrownBy(() -> load(null, Map.of(), null, empty)).hasMessageContaining("adminPasswordFile")
                .hasMessageContaining("empty").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> load("adminPassword: a\nadminPasswordFile: " + empty + "\n", Map.of(), null, null))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> load(null, Map.of(), "", null)).hasMessageContaining("adminPassword must not be empty");
    }

    @Test
    void publicNamesComeFromTheHttpSection() throws IOException {
        assertThat(load("http: { port: 8080, publicNames: [Wallbox.local, wallbox.example.org] }\n", Map.of(), null, null)
                .httpPublicNames()).containsExactly("wallbox.local", "wallbox.example.org");
        assertThat(load("http:\n  publicNames: wallbox.local\n", Map.of(), null, null).httpBinding().publicNames())
                .containsExactly("wallbox.local");
        assertThat(load(null, Map.of(), null, null).httpPublicNames()).isEqualTo(List.of());
        assertThatThrownBy(() -> load("http: { publicNames: [wallbox.local:8080] }\n", Map.of(), null, null))
                .hasMessageContaining("http.publicNames");
        assertThatThrownBy(() -> load("http: { publicNames: { a: b } }\n", Map.of(), null, null))
                .hasMessageContaining("http.publicNames");
    }
}
