package io.reactiveocpp.app;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code --hal pi4j} takes the board's wiring from the configuration file; a mistake in it stops the start with
 * the key named, before any pin is driven (the drivers themselves are tested on Pi4J's mock platform in
 * hal-native).
 */
class HalSettingsTest {

    @TempDir
    Path dir;

    private Settings load(String yaml) throws Exception {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, yaml);
        return SettingsLoader.load(new SettingsLoader.Overrides(file, "ws://127.0.0.1:1", "CP-1", dir.resolve("data"),
                0, null, null, null, null), Map.of());
    }

    @Test
    void pi4jWithoutAWiringSectionIsRefused() {
        assertThatThrownBy(() -> load("hal: pi4j\n")).hasMessageStartingWith("pi4j:");
    }

    @Test
    void aWrongWiringNamesTheKeyAndDrivesNothing() throws Exception {
        Settings settings = load("""
                hal: pi4j
                connectors: 1
                pi4j:
                  connectors:
                    - relay: { coil: 17, feedback: { gpio: 27 } }
                      pilot: { pwmChannel: 0, spiBus: 1, spiChipSelect: 2, adcChannel: 9 }
                      meter: { device: /dev/ttyAMA0, baud: 19200, unitId: 1 }
                """);
        assertThatThrownBy(() -> new ChargePointRuntime(settings, "ws://127.0.0.1:1",
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), () -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pi4j.connectors[0].pilot").hasMessageContaining("adcChannel must be 0 to 7");
    }

    @Test
    void theWiringMustHaveTheConfiguredNumberOfConnectors() throws Exception {
        Settings settings = load("""
                hal: pi4j
                connectors: 2
                pi4j:
                  connectors:
                    - relay: { coil: 17, feedback: { gpio: 27 } }
                      pilot: { pwmChannel: 0, spiBus: 1, spiChipSelect: 2, adcChannel: 0 }
                      meter: { device: /dev/ttyAMA0, baud: 19200, unitId: 1 }
                """);
        assertThatThrownBy(() -> new ChargePointRuntime(settings, "ws://127.0.0.1:1",
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), () -> { }))
                .hasMessageStartingWith("connectors: 2, but the pi4j wiring has 1");
    }
}
