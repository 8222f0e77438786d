package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.InstallCommand;
import io.reactiveocpp.hal.modbus.ModbusMeterConfig;
import io.reactiveocpp.hal.modbus.RegisterMap;
import io.reactiveocpp.hal.pi4j.Pi4jWiring.ConnectorWiring;
import io.reactiveocpp.hal.pi4j.Pi4jWiring.MeterWiring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@link Pi4jWiring} from its configuration tree (keys and defaults in {@link Pi4jWiring}'s comment).
 * Each value is read, and its type checked, before the record it belongs to is built, so that an error names
 * the key once: by the reader when the type is wrong, by the record (prefixed with the section) when the value is.
 */
final class Pi4jWiringParser {

    private Pi4jWiringParser() {
    }

    static Pi4jWiring parse(WiringSection root) {
        root.only("connectors", "reader", "firmware");
        List<WiringSection> entries = root.sections("connectors");
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(root.path("connectors") + " is required: one entry per connector");
        }
        List<ConnectorWiring> connectors = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            connectors.add(connector(i + 1, entries.get(i)));
        }
        PcscReaderConfig reader = reader(root.section("reader"));
        InstallCommand firmware = firmware(root.section("firmware"));
        return root.buildNested(() -> new Pi4jWiring(connectors, reader, firmware));
    }

    private static ConnectorWiring connector(int id, WiringSection c) {
        c.only("relay", "lock", "pilot", "meter");
        return new ConnectorWiring(relay(id, c.requiredSection("relay")), lock(id, c.section("lock")),
                pilot(id, c.sectionOrEmpty("pilot")), meter(id, c.requiredSection("meter")));
    }

    private static RelayConfig relay(int id, WiringSection r) {
        r.only("coil", "feedback", "feedbackTimeoutMillis");
        DigitalPin coil = r.pin("coil");
        DigitalPin feedback = r.pin("feedback");
        Duration timeout = millis(r, "feedbackTimeoutMillis", RelayConfig.DEFAULT_FEEDBACK_TIMEOUT);
        return r.build(() -> new RelayConfig(id, coil, feedback, timeout));
    }

    private static LockConfig lock(int id, WiringSection l) {
        if (l == null) {
            return null;
        }
        l.only("motor", "feedback", "feedbackTimeoutMillis");
        DigitalPin motor = l.pin("motor");
        DigitalPin feedback = l.pin("feedback");
        Duration timeout = millis(l, "feedbackTimeoutMillis", LockConfig.DEFAULT_FEEDBACK_TIMEOUT);
        return l.build(() -> new LockConfig(id, motor, feedback, timeout));
    }

    private static PilotConfig pilot(int id, WiringSection p) {
        p.only("pwmChannel", "pwmFrequencyHz", "pwmInverted", "spiBus", "spiChipSelect", "spiBaud", "adcChannel",
                "adcReferenceVolts", "dividerScale", "dividerOffsetVolts");
        int pwmChannel = p.integer("pwmChannel", 0);
        int frequency = p.integer("pwmFrequencyHz", PilotConfig.DEFAULT_PWM_FREQUENCY_HZ);
        boolean inverted = p.bool("pwmInverted", false);
        int bus = p.integer("spiBus", 0);
        int chipSelect = p.integer("spiChipSelect", PilotConfig.DEFAULT_SPI_CHIP_SELECT);
        int baud = p.integer("spiBaud", PilotConfig.DEFAULT_SPI_BAUD);
        int adcChannel = p.integer("adcChannel", 0);
        double reference = p.decimal("adcReferenceVolts", PilotConfig.DEFAULT_ADC_REFERENCE_VOLTS);
        double scale = p.decimal("dividerScale", PilotConfig.DEFAULT_DIVIDER_SCALE);
        double offset = p.decimal("dividerOffsetVolts", PilotConfig.DEFAULT_DIVIDER_OFFSET_VOLTS);
        return p.build(() -> PilotConfig.builder(id).pwm(pwmChannel, inverted).pwmFrequency(frequency)
                .spi(bus, chipSelect, baud).adc(adcChannel, reference).divider(scale, offset).build());
    }

    private static MeterWiring meter(int id, WiringSection m) {
        m.only("device", "baud", "dataBits", "parity", "stopBits", "unitId", "registerMap", "serialNumber");
        String device = m.requiredText("device");
        int baud = m.integer("baud", SerialLinkConfig.DEFAULT_BAUD);
        int dataBits = m.integer("dataBits", 8);
        String parity = m.text("parity", "none");
        int stopBits = m.integer("stopBits", 1);
        int unitId = m.integer("unitId", ModbusMeterConfig.DEFAULT_SLAVE);
        if (unitId < 1 || unitId > 247) {
            throw new IllegalArgumentException(m.path("unitId") + " must be 1 to 247, got " + unitId);
        }
        String map = m.text("registerMap", ModbusMeterConfig.DEFAULT_REGISTER_MAP);
        try {
            RegisterMap.named(map);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(m.path("registerMap") + ": " + e.getMessage(), e);
        }
        String serialNumber = m.text("serialNumber", null);
        SerialLinkConfig serial = m.build(() -> new SerialLinkConfig(device, baud, dataBits, parity, stopBits));
        ModbusMeterConfig meter = m.build(() -> ModbusMeterConfig.builder(id).slave(unitId).registerMap(map)
                .serialNumber(serialNumber).build());
        return new MeterWiring(serial, meter);
    }

    private static PcscReaderConfig reader(WiringSection r) {
        if (r == null) {
            return null;
        }
        r.only("terminal", "connectorId");
        String terminal = r.text("terminal", null);
        Integer connectorId = r.has("connectorId") ? r.integer("connectorId", 0) : null;
        return r.build(() -> new PcscReaderConfig(terminal, connectorId, PcscReaderConfig.DEFAULT_POLL_INTERVAL));
    }

    private static InstallCommand firmware(WiringSection f) {
        if (f == null) {
            return null;
        }
        f.only("installCommand", "timeoutSeconds");
        List<String> command = f.texts("installCommand");
        if (command.isEmpty()) {
            throw new IllegalArgumentException(f.path("installCommand")
                    + " is required: the program and its arguments, e.g. [rauc, install, \"{file}\"]");
        }
        long maxSeconds = InstallCommand.MAX_TIMEOUT.toSeconds();
        int seconds = f.integer("timeoutSeconds", (int) InstallCommand.DEFAULT_TIMEOUT.toSeconds());
        if (seconds < 1 || seconds > maxSeconds) {
            throw new IllegalArgumentException(f.path("timeoutSeconds") + " must be 1 to " + maxSeconds + ", got " + seconds);
        }
        return f.build(() -> new InstallCommand(command, Duration.ofSeconds(seconds)));
    }

    private static Duration millis(WiringSection s, String key, Duration fallback) {
        if (!s.has(key)) {
            return fallback;
        }
        int millis = s.integer(key, 0);
        if (millis < 1) {
            throw new IllegalArgumentException(s.path(key) + " must be at least 1, got " + millis);
        }
        return Duration.ofMillis(millis);
    }
}
