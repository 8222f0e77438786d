package io.reactiveocpp.hal.pi4j;

import java.time.Duration;

/**
 * A PC/SC RFID reader.
 *
 * @param terminalName a part of the PC/SC terminal name (e.g. {@code ACR122}), or {@code null} for the first terminal
 * @param connectorId  the connector the reader serves, or {@code null} when it serves all
 * @param pollInterval how often the reader is asked whether a card is present
 */
public record PcscReaderConfig(String terminalName, Integer connectorId, Duration pollInterval) {

    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(250);

    public PcscReaderConfig {
        if (connectorId != null && connectorId < 1) {
            throw new IllegalArgumentException("connectorId must be ≥ 1 or absent, got " + connectorId);
        }
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive, got " + pollInterval);
        }
    }

    /** The reader whose name contains {@code terminalName}, for all connectors, polled at the default interval. */
    public static PcscReaderConfig of(String terminalName) {
        return new PcscReaderConfig(terminalName, null, DEFAULT_POLL_INTERVAL);
    }
}
