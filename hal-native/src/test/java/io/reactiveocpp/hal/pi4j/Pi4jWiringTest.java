package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.modbus.ModbusMeterConfig;
import io.reactiveocpp.hal.pi4j.Pi4jWiring.ConnectorWiring;
import io.reactiveocpp.hal.pi4j.Pi4jWiring.MeterWiring;
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

/** The wiring read from configuration trees: defaults, and errors that name the key. */
class Pi4jWiringTest {

    @Test
    void theReadmeExampleGivesEveryConfiguredValueAndTheDefaults() {
        Pi4jWiring wiring = Pi4jWiring.fromMap("pi4j", twoConnectors());

        assertThat(wiring.connectors()).hasSize(2);
        ConnectorWiring first = wiring.connectors().get(0);
        assertThat(first.relay()).isEqualTo(RelayConfig.of(1, DigitalPin.activeHigh(17), DigitalPin.activeLow(27)));
        assertThat(first.lock()).isEqualTo(LockConfig.of(1, DigitalPin.activeHigh(22), DigitalPin.activeHigh(23)));
        assertThat(first.pilot()).isEqualTo(PilotConfig.builder(1).pwm(0, false).spi(1, 2, 1_000_000).adc(0, 3.3).build());
        assertThat(first.pilot().pwmFrequencyHz()).isEqualTo(1000);
        assertThat(first.meter()).isEqualTo(new MeterWiring(new SerialLinkConfig("/dev/ttyAMA0", 19_200, 8, "none", 1),
                ModbusMeterConfig.builder(1).slave(1).registerMap("sdm630").serialNumber("0123456").build()));
        ConnectorWiring second = wiring.connectors().get(1);
        assertThat(second.lock()).as("a fixed cable").isNull();
        assertThat(second.pilot().adcChannel()).isEqualTo(1);
        assertThat(second.meter().meter().slave()).isEqualTo(2);
        assertThat(wiring.reader()).isEqualTo(PcscReaderConfig.of("ACR122"));
    }

    @Test
    void aConnectorNeedsOnlyItsRelayAndItsMetersDevice() {
        Map<String, Object> tree = Map.of("connectors", List.of(Map.of(
                "relay", Map.of("coil", 17, "feedback", 27),
                "meter", Map.of("device", "/dev/ttyUSB0"))));
        ConnectorWiring only = Pi4jWiring.fromMap("pi4j", tree).connectors().get(0);
        assertThat(only.pilot()).isEqualTo(PilotConfig.builder(1).build());
        assertThat(only.meter()).isEqualTo(new MeterWiring(SerialLinkConfig.of("/dev/ttyUSB0"),
                ModbusMeterConfig.builder(1).build()));
        assertThat(only.relay().feedbackTimeout()).isEqualTo(RelayConfig.DEFAULT_FEEDBACK_TIMEOUT);
        assertThat(Pi4jWiring.fromMap("pi4j", tree).reader()).isNull();
    }

    @Test
    void numbersAndBooleansMayBeGivenAsText() {
        Map<String, Object> tree = twoConnectors();
        with(tree, "connectors[0].relay.coil", "18");
        with(tree, "connectors[0].relay.feedbackTimeoutMillis", "150");
        with(tree, "connectors[0].pilot.pwmInverted", "true");
        with(tree, "connectors[0].pilot.dividerOffsetVolts", "-11.5");
        ConnectorWiring first = Pi4jWiring.fromMap("pi4j", tree).connectors().get(0);
        assertThat(first.relay().coil()).isEqualTo(DigitalPin.activeHigh(18));
        assertThat(first.relay().feedbackTimeout()).isEqualTo(Duration.ofMillis(150));
        assertThat(first.pilot().pwmInverted()).isTrue();
        assertThat(first.pilot().dividerOffsetVolts()).isEqualTo(-11.5);
    }

    @Test
    void aMeterLineMayBeFramed8E1Or7O2() {
        Map<String, Object> tree = twoConnectors();
        for (String meter : List.of("connectors[0].meter.", "connectors[1].meter.")) {
            with(tree, meter + "parity", "even");
        }
        assertThat(Pi4jWiring.fromMap("pi4j", tree).connectors().get(1).meter().serial())
                .isEqualTo(new SerialLinkConfig("/dev/ttyAMA0", 19_200, 8, "even", 1));
        for (String meter : List.of("connectors[0].meter.", "connectors[1].meter.")) {
            with(tree, meter + "parity", "odd");
            with(tree, meter + "dataBits", 7);
            with(tree, meter + "stopBits", 2);
        }
        assertThat(Pi4jWiring.fromMap("pi4j", tree).connectors().get(0).meter().serial())
                .isEqualTo(new SerialLinkConfig("/dev/ttyAMA0", 19_200, 7, "odd", 2));
    }

    @Test
    void anEmptyReaderSectionMeansTheFirstPcscReaderForAllConnectors() {
        Pi4jWiring wiring = Pi4jWiring.fromMap("pi4j", with(twoConnectors(), "reader", Map.of()));
        assertThat(wiring.reader()).isEqualTo(PcscReaderConfig.of(null));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', nullValues = "<absent>", textBlock = """
            connectors[0].meter.device           | <absent> | pi4j.connectors[0].meter.device is required
            connectors[0].relay.coill            | 17       | pi4j.connectors[0].relay: unknown key 'coill'; known: [coil, feedback, feedbackTimeoutMillis]
            connectors[0].meter.baud             | fast     | pi4j.connectors[0].meter.baud must be a whole number, got fast
            connectors[0].meter.baud             | 300      | pi4j.connectors[0].meter: baud must be 1200 to 115200, got 300
            connectors[0].meter.parity           | mark     | pi4j.connectors[0].meter: parity must be none, even or odd, got mark
            connectors[0].meter.dataBits         | 9        | pi4j.connectors[0].meter: dataBits must be 7 or 8, got 9
            connectors[0].meter.stopBits         | 3        | pi4j.connectors[0].meter: stopBits must be 1 or 2, got 3
            connectors[1].meter.parity           | even     | pi4j.connectors[1].meter: the line settings of /dev/ttyAMA0 differ from another meter's on it
            connectors[0].meter.unitId           | 0        | pi4j.connectors[0].meter.unitId must be 1 to 247, got 0
            connectors[1].meter.unitId           | 1        | pi4j.connectors[1].meter.unitId: unit 1 on /dev/ttyAMA0 is already connectors[0].meter.unitId
            connectors[1].meter.baud             | 9600     | pi4j.connectors[1].meter: the line settings of /dev/ttyAMA0 differ from another meter's on it
            connectors[0].meter.registerMap      | sdm999   | pi4j.connectors[0].meter.registerMap: no built-in register map and no file named sdm999
            connectors[0].relay.coil             | 70       | pi4j.connectors[0].relay.coil: address must be 0 to 63, got 70
            connectors[0].relay.coil             | 2.5      | pi4j.connectors[0].relay.coil must be a whole number, got 2.5
            connectors[0].relay.feedback.gpio    | <absent> | pi4j.connectors[0].relay.feedback.gpio is required
            connectors[0].relay.feedbackTimeoutMillis | 0   | pi4j.connectors[0].relay.feedbackTimeoutMillis must be at least 1, got 0
            connectors[1].relay.coil             | 22       | pi4j.connectors[1].relay.coil: address 22 is already connectors[0].lock.motor
            connectors[1].pilot.pwmChannel       | 17       | pi4j.connectors[1].pilot.pwmChannel: address 17 is already connectors[0].relay.coil
            connectors[1].pilot.spiBus           | 0        | pi4j.connectors[1].pilot.spiChipSelect: address 2 is already connectors[0].pilot.spiChipSelect
            connectors[1].pilot.adcChannel       | 0        | pi4j.connectors[1].pilot.adcChannel: input 0 of the MCP3008 on SPI 1.2 is already connectors[0].pilot.adcChannel
            connectors[1].pilot.spiBaud          | 500000   | pi4j.connectors[1].pilot.spiBaud: the MCP3008 on SPI 1.2 runs at 1000000 Hz for connector 1, got 500000
            connectors[0].pilot.adcChannel       | 9        | pi4j.connectors[0].pilot: adcChannel must be 0 to 7, got 9
            connectors[0].pilot.pwmFrequencyHz   | 50       | pi4j.connectors[0].pilot: pwmFrequencyHz must be 980 to 1020 (1 kHz ± 2 %), got 50
            connectors[0].pilot.pwmInverted      | yes      | pi4j.connectors[0].pilot.pwmInverted must be true or false, got yes
            connectors[0].pilot.spiChipSelect    | 0        | pi4j.connectors[0].pilot: spiChipSelect and pwmChannel must differ
            connectors[0].relay                  | <absent> | pi4j.connectors[0].relay is required
            connectors[0].lock.motor             | <absent> | pi4j.connectors[0].lock.motor is required
            reader.connectorId                   | 3        | pi4j.reader.connectorId must be 1 to 2, got 3
            reader.port                          | 1        | pi4j.reader: unknown key 'port'
            connectors                           | <absent> | pi4j.connectors is required
            connectors                           | all      | pi4j.connectors must be a list, got all
            chargers                             | 2        | pi4j: unknown key 'chargers'
            """)
    void aBadValueIsRefusedNamingItsKey(String path, String value, String message) {
        Map<String, Object> tree = with(twoConnectors(), path, value);
        assertThatThrownBy(() -> Pi4jWiring.fromMap("pi4j", tree))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void aWiringBuiltInCodeNamesTheFieldToo() {
        ConnectorWiring first = Pi4jWiring.fromMap("pi4j", twoConnectors()).connectors().get(0);
        assertThatThrownBy(() -> new Pi4jWiring(List.of(first, first), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("connectors[1].relay: connectorId must be 2 (its place in connectors), got 1");
        assertThatThrownBy(() -> new Pi4jWiring(List.of(), null))
                .hasMessage("connectors: 1 to 32 connectors are required, got 0");
    }
}
