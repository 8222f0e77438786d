package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.InstallCommand;
import io.reactiveocpp.hal.modbus.ModbusMeterConfig;

import java.util.List;
import java.util.Map;

/**
 * How a Raspberry-Pi-class charge controller is wired: per connector the contactor, the cable lock, the control
 * pilot and the energy meter, the station's RFID reader and the command that installs firmware. Immutable; a wiring that cannot work (two I/O on one
 * Pi4J address, two meters with one unit id on one bus, a connector id out of place) throws
 * {@link IllegalArgumentException} naming the field, e.g. {@code connectors[1].relay.coil: address 17 is already
 * connectors[0].relay.coil}. {@link Pi4jStation#create} turns it into a station.
 *
 * <p>{@link #fromMap} reads it from a configuration tree, the {@code pi4j:} section of the YAML file:
 * <pre>
 * pi4j:
 *   connectors:                        # connector 1, 2, ... in this order
 *     - relay:                         # the contactor: coil output, auxiliary-contact input
 *         coil: 17                     # a GPIO (BCM) number is an active-high line ...
 *         feedback: { gpio: 27, activeLow: true }    # ... or say which level is active
 *         feedbackTimeoutMillis: 200   # optional
 *       lock:                          # optional: leave it out for a fixed cable
 *         motor: 22
 *         feedback: 23
 *         feedbackTimeoutMillis: 1000  # optional
 *       pilot:                         # every key optional; the defaults are shown
 *         pwmChannel: 0                # the PWM's Pi4J address: a linuxfs channel (pwmchip0/pwmN;
 *                                      # pwmchip2 on a Pi 5)
 *         pwmFrequencyHz: 1000         # IEC 61851-1: 1 kHz; 980 to 1020 to trim a PWM clock
 *         pwmInverted: false           # the driver stage inverts (PWM high gives -12 V)
 *         spiBus: 0                    # the MCP3008 ...
 *         spiChipSelect: 1             # ... on SPI 0, CE1 (pilots may share one MCP3008)
 *         spiBaud: 1000000
 *         adcChannel: 0                # the MCP3008 input the pilot divider feeds, 0 to 7
 *         adcReferenceVolts: 3.3
 *         dividerScale: 7.2727         # 24 / 3.3: pilot volts = ADC volts x dividerScale + dividerOffsetVolts
 *         dividerOffsetVolts: -12.0
 *       meter:                         # a Modbus RTU meter; meters may share one bus (device)
 *         device: /dev/ttyAMA0         # required
 *         baud: 9600                   # 1200 to 115200; opened with jSerialComm as a member of dialout
 *         dataBits: 8                  # 7 or 8
 *         parity: none                 # none, even or odd (8E1: parity even)
 *         stopBits: 1                  # 1 or 2
 *         unitId: 1                    # the meter's Modbus address, 1 to 247
 *         registerMap: sdm630          # a built-in map or the path of a map file
 *         serialNumber: "0123456"      # optional, for BootNotification
 *   reader:                            # the PC/SC RFID reader; optional: no reader without it
 *     terminal: ACR122                 # part of the reader's name; the first reader when left out ({})
 *     connectorId: 1                   # optional: the connector it serves; all when left out
 *   firmware:                          # optional: no firmware installation without it
 *     installCommand: [rauc, install, "{file}"]   # required: run without a shell, {file} is the downloaded
 *                                      # file's absolute path; exit code 0 is success; output is logged
 *     timeoutSeconds: 1800             # optional: 1 to 86400; the command is killed after it
 * </pre>
 *
 * @param connectors the connectors, connector 1 first
 * @param reader     the PC/SC RFID reader, or {@code null} for none
 * @param firmware   the command that installs a firmware file, or {@code null}: installation is not available
 */
public record Pi4jWiring(List<ConnectorWiring> connectors, PcscReaderConfig reader, InstallCommand firmware) {

    /** The most connectors a station has (as the app's {@code connectors} setting allows). */
    public static final int MAX_CONNECTORS = 32;

    public Pi4jWiring {
        if (connectors == null || connectors.isEmpty() || connectors.size() > MAX_CONNECTORS) {
            throw new IllegalArgumentException("connectors: 1 to " + MAX_CONNECTORS + " connectors are required, got "
                    + (connectors == null ? 0 : connectors.size()));
        }
        connectors = List.copyOf(connectors);
        WiringRules.check(connectors, reader);
    }

    /** A wiring without firmware installation. */
    public Pi4jWiring(List<ConnectorWiring> connectors, PcscReaderConfig reader) {
        this(connectors, reader, null);
    }

    /**
     * The wiring in {@code tree}, the mapping found at {@code path} in the configuration ({@code pi4j}), as a YAML
     * parser gives it: {@code Map}s, {@code List}s, strings, numbers and booleans (numbers and booleans may be
     * strings). Keys and defaults as in the class comment; an unknown key, a missing or bad value throws
     * {@link IllegalArgumentException} naming it with its path, e.g. {@code pi4j.connectors[0].meter.device is required}.
     */
    public static Pi4jWiring fromMap(String path, Map<String, ?> tree) {
        return Pi4jWiringParser.parse(WiringSection.root(path, tree));
    }

    /**
     * One connector's hardware.
     *
     * @param relay the contactor
     * @param lock  the cable lock, or {@code null} for a fixed cable (a lock that always succeeds)
     * @param pilot the control pilot
     * @param meter the energy meter
     */
    public record ConnectorWiring(RelayConfig relay, LockConfig lock, PilotConfig pilot, MeterWiring meter) {
        public ConnectorWiring {
            if (relay == null || pilot == null || meter == null) {
                throw new IllegalArgumentException("relay, pilot and meter are required");
            }
        }
    }

    /**
     * An energy meter on a Modbus RTU line. Meters that share a line name the same device with the same settings.
     *
     * @param serial the serial line
     * @param meter  the meter on it
     */
    public record MeterWiring(SerialLinkConfig serial, ModbusMeterConfig meter) {
        public MeterWiring {
            if (serial == null || meter == null) {
                throw new IllegalArgumentException("serial and meter are required");
            }
        }
    }
}
