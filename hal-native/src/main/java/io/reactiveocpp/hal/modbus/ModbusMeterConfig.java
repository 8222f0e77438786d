package io.reactiveocpp.hal.modbus;

import java.time.Duration;

/**
 * The wiring and timing of one Modbus energy meter; immutable, built with {@link #builder}. A bad value
 * throws {@link IllegalArgumentException} naming the field and the allowed range.
 *
 * @param connectorId         the connector the meter measures, from 1
 * @param slave               the meter's Modbus address, 1 to 247
 * @param registerMap         a built-in map name ({@code sdm630}) or the path of a map file ({@link RegisterMap#named})
 * @param pollInterval        how often the meter is read
 * @param responseTimeout     how long one answer may take
 * @param failuresBeforeFault consecutive transmission failures (timeout, CRC, wrong answer) tolerated before a
 *                            fault is raised; exception responses and impossible values fault at once
 * @param serialNumber        the meter's serial number as printed on it, or {@code null}
 */
public record ModbusMeterConfig(int connectorId, int slave, String registerMap, Duration pollInterval,
                                Duration responseTimeout, int failuresBeforeFault, String serialNumber) {

    public static final int DEFAULT_SLAVE = 1;
    public static final String DEFAULT_REGISTER_MAP = "sdm630";
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);
    /** Eastron meters answer within about 100 ms at 9600 baud; this leaves room for a slow bus. */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofMillis(300);
    public static final int DEFAULT_FAILURES_BEFORE_FAULT = 3;

    public ModbusMeterConfig {
        if (connectorId < 1) {
            throw new IllegalArgumentException("connectorId must be ≥ 1, got " + connectorId);
        }
        if (slave < 1 || slave > 247) {
            throw new IllegalArgumentException("slave must be 1 to 247, got " + slave);
        }
        if (registerMap == null || registerMap.isBlank()) {
            throw new IllegalArgumentException("registerMap is required");
        }
        if (pollInterval == null || pollInterval.compareTo(Duration.ofMillis(100)) < 0) {
            throw new IllegalArgumentException("pollInterval must be at least 100 ms, got " + pollInterval);
        }
        if (responseTimeout == null || responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new IllegalArgumentException("responseTimeout must be positive, got " + responseTimeout);
        }
        if (failuresBeforeFault < 1 || failuresBeforeFault > 100) {
            throw new IllegalArgumentException("failuresBeforeFault must be 1 to 100, got " + failuresBeforeFault);
        }
    }

    /** A configuration with every default, for the meter of {@code connectorId}. */
    public static Builder builder(int connectorId) {
        return new Builder(connectorId);
    }

    /** Builds a {@link ModbusMeterConfig}; every field starts at its default. */
    public static final class Builder {
        private final int connectorId;
        private int slave = DEFAULT_SLAVE;
        private String registerMap = DEFAULT_REGISTER_MAP;
        private Duration pollInterval = DEFAULT_POLL_INTERVAL;
        private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;
        private int failuresBeforeFault = DEFAULT_FAILURES_BEFORE_FAULT;
        private String serialNumber;

        private Builder(int connectorId) {
            this.connectorId = connectorId;
        }

        public Builder slave(int slave) {
            this.slave = slave;
            return this;
        }

        public Builder registerMap(String registerMap) {
            this.registerMap = registerMap;
            return this;
        }

        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
            return this;
        }

        public Builder responseTimeout(Duration responseTimeout) {
            this.responseTimeout = responseTimeout;
            return this;
        }

        public Builder failuresBeforeFault(int failuresBeforeFault) {
            this.failuresBeforeFault = failuresBeforeFault;
            return this;
        }

        public Builder serialNumber(String serialNumber) {
            this.serialNumber = serialNumber;
            return this;
        }

        public ModbusMeterConfig build() {
            return new ModbusMeterConfig(connectorId, slave, registerMap, pollInterval, responseTimeout,
                    failuresBeforeFault, serialNumber);
        }
    }
}
