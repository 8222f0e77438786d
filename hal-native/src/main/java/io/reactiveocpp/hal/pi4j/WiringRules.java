package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.pi4j.Pi4jWiring.ConnectorWiring;
import io.reactiveocpp.hal.pi4j.Pi4jWiring.MeterWiring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a whole {@link Pi4jWiring} must follow beyond each record's own, each broken one named by its field
 * path ({@code connectors[1].relay.coil}):
 * <ul>
 *   <li>connector {@code i} (from 0 in the list) is connector {@code i + 1} in every record;</li>
 *   <li>GPIO numbers, PWM channels and SPI chip selects differ, as Pi4J 2.8.0 gives them one address space
 *       ({@link Pi4jIo}); pilots may share one MCP3008 (same bus and chip select, same clock) but not its input;</li>
 *   <li>meters on one device share its line settings and differ in unit id;</li>
 *   <li>the reader serves an existing connector.</li>
 * </ul>
 */
final class WiringRules {

    private final Map<Integer, String> addresses = new HashMap<>();
    private final Map<String, PilotConfig> spiDevices = new HashMap<>();
    private final Map<String, String> adcInputs = new HashMap<>();
    private final Map<String, MeterWiring> buses = new HashMap<>();
    private final Map<String, String> unitIds = new HashMap<>();

    private WiringRules() {
    }

    static void check(List<ConnectorWiring> connectors, PcscReaderConfig reader) {
        WiringRules rules = new WiringRules();
        for (int i = 0; i < connectors.size(); i++) {
            rules.connector("connectors[" + i + "]", i + 1, connectors.get(i));
        }
        if (reader != null && reader.connectorId() != null && reader.connectorId() > connectors.size()) {
            throw new IllegalArgumentException("reader.connectorId must be 1 to " + connectors.size() + ", got "
                    + reader.connectorId());
        }
    }

    private void connector(String path, int id, ConnectorWiring c) {
        connectorId(path + ".relay", id, c.relay().connectorId());
        address(path + ".relay.coil", c.relay().coil().address());
        address(path + ".relay.feedback", c.relay().feedback().address());
        if (c.lock() != null) {
            connectorId(path + ".lock", id, c.lock().connectorId());
            address(path + ".lock.motor", c.lock().motor().address());
            address(path + ".lock.feedback", c.lock().feedback().address());
        }
        connectorId(path + ".pilot", id, c.pilot().connectorId());
        address(path + ".pilot.pwmChannel", c.pilot().pwmChannel());
        spi(path + ".pilot", c.pilot());
        connectorId(path + ".meter", id, c.meter().meter().connectorId());
        meter(path + ".meter", c.meter());
    }

    private static void connectorId(String path, int expected, int actual) {
        if (actual != expected) {
            throw new IllegalArgumentException(path + ": connectorId must be " + expected
                    + " (its place in connectors), got " + actual);
        }
    }

    private void address(String path, int address) {
        String holder = addresses.putIfAbsent(address, path);
        if (holder != null) {
            throw new IllegalArgumentException(path + ": address " + address + " is already " + holder
                    + " (Pi4J gives GPIO numbers, PWM channels and SPI chip selects one address space)");
        }
    }

    private void spi(String path, PilotConfig pilot) {
        String device = pilot.spiBus() + "." + pilot.spiChipSelect();
        PilotConfig first = spiDevices.putIfAbsent(device, pilot);
        if (first == null) {
            address(path + ".spiChipSelect", pilot.spiChipSelect());
        } else if (first.spiBaud() != pilot.spiBaud()) {
            throw new IllegalArgumentException(path + ".spiBaud: the MCP3008 on SPI " + device + " runs at "
                    + first.spiBaud() + " Hz for connector " + first.connectorId() + ", got " + pilot.spiBaud());
        }
        String input = adcInputs.putIfAbsent(device + ":" + pilot.adcChannel(), path + ".adcChannel");
        if (input != null) {
            throw new IllegalArgumentException(path + ".adcChannel: input " + pilot.adcChannel() + " of the MCP3008 on SPI "
                    + device + " is already " + input);
        }
    }

    private void meter(String path, MeterWiring meter) {
        MeterWiring first = buses.putIfAbsent(meter.serial().device(), meter);
        if (first != null && !first.serial().equals(meter.serial())) {
            throw new IllegalArgumentException(path + ": the line settings of " + meter.serial().device()
                    + " differ from another meter's on it: " + meter.serial() + " vs " + first.serial());
        }
        String unit = unitIds.putIfAbsent(meter.serial().device() + "#" + meter.meter().slave(), path + ".unitId");
        if (unit != null) {
            throw new IllegalArgumentException(path + ".unitId: unit " + meter.meter().slave() + " on "
                    + meter.serial().device() + " is already " + unit);
        }
    }
}
