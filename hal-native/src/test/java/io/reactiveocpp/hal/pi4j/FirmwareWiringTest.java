package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.InstallCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.reactiveocpp.hal.pi4j.WiringTrees.twoConnectors;
import static io.reactiveocpp.hal.pi4j.WiringTrees.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code pi4j.firmware} section: the install command and its timeout, and errors that name the key. */
class FirmwareWiringTest {

    @Test
    void theFirmwareSectionGivesTheInstallCommandAndItsTimeout() {
        Map<String, Object> tree = with(twoConnectors(), "firmware", Map.of(
                "installCommand", List.of("rauc", "install", "{file}"), "timeoutSeconds", 600));

        assertThat(Pi4jWiring.fromMap("pi4j", tree).firmware())
                .isEqualTo(new InstallCommand(List.of("rauc", "install", "{file}"), Duration.ofMinutes(10)));
    }

    @Test
    void theTimeoutDefaultsToThirtyMinutesAndMayBeText() {
        Map<String, Object> tree = with(twoConnectors(), "firmware", Map.of("installCommand", List.of("swupdate", "-i", "{file}")));
        assertThat(Pi4jWiring.fromMap("pi4j", tree).firmware().timeout()).isEqualTo(Duration.ofMinutes(30));

        with(tree, "firmware", Map.of("installCommand", List.of("swupdate"), "timeoutSeconds", "90"));
        assertThat(Pi4jWiring.fromMap("pi4j", tree).firmware().timeout()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void withoutTheSectionThereIsNoInstallCommand() {
        assertThat(Pi4jWiring.fromMap("pi4j", twoConnectors()).firmware()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {timeoutSeconds: 60}                                | pi4j.firmware.installCommand is required
            {installCommand: []}                                | pi4j.firmware.installCommand is required
            {installCommand: rauc}                              | pi4j.firmware.installCommand must be a list, got rauc
            {installCommand: [rauc, {a: 1}]}                    | pi4j.firmware.installCommand[1] must be text
            {installCommand: ['  ', x]}                         | pi4j.firmware: command[0] (the program) must not be blank
            {installCommand: [rauc], timeoutSeconds: 0}         | pi4j.firmware.timeoutSeconds must be 1 to 86400, got 0
            {installCommand: [rauc], timeoutSeconds: 86401}     | pi4j.firmware.timeoutSeconds must be 1 to 86400, got 86401
            {installCommand: [rauc], timeoutSeconds: soon}      | pi4j.firmware.timeoutSeconds must be a whole number, got soon
            {installCommand: [rauc], timeout: 60}               | pi4j.firmware: unknown key 'timeout'
            """)
    void aBadFirmwareSectionIsRefusedNamingTheKey(String section, String message) throws Exception {
        Object firmware = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readValue(section, Map.class);
        Map<String, Object> tree = with(twoConnectors(), "firmware", firmware);

        assertThatThrownBy(() -> Pi4jWiring.fromMap("pi4j", tree))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }
}
