package io.reactiveocpp.hal.pi4j;

import java.time.Duration;

/**
 * The wiring and calibration of one connector's control pilot; immutable, built with {@link #builder}. A bad
 * value throws {@link IllegalArgumentException} naming the field.
 *
 * <p>The pilot voltage reaches the ADC through a level shifter/divider; the ADC voltage maps back linearly:
 * {@code pilotVolts = adcVolts × dividerScale + dividerOffsetVolts}. The defaults fit a divider that maps
 * −12…+12 V onto 0…3.3 V.
 *
 * @param connectorId        the connector, from 1
 * @param pwmChannel         the hardware PWM channel (Pi4J address; linuxfs: {@code pwmchip0/pwmN})
 * @param pwmFrequencyHz     the PWM frequency: IEC 61851-1 fixes 1 kHz; the setting only trims a PWM clock that
 *                           runs off, so it must stay within 2 % of that (980 to 1020 Hz)
 * @param pwmInverted        whether the driver stage inverts (PWM high gives −12 V)
 * @param spiBus             the SPI bus of the MCP3008
 * @param spiChipSelect      its chip select; Pi4J 2.8.0 puts PWM channels and chip selects into one address
 *                           space, so it must differ from {@code pwmChannel} (default CE1 next to PWM channel 0)
 * @param spiBaud            the SPI clock, Hz (the MCP3008 allows 1.35 MHz at 2.7 V)
 * @param adcChannel         the MCP3008 input the pilot is wired to, 0 to 7
 * @param adcReferenceVolts  the MCP3008's Vref
 * @param dividerScale       see above
 * @param dividerOffsetVolts see above
 * @param thresholds         the state thresholds on the pilot voltage
 * @param samplesPerRead     conversions per read; the highest one is the positive plateau of the PWM, so
 *                           enough samples must fall into it at the smallest duty cycle (10 % at 6 A; at the
 *                           5 % of digital communication, reads that miss it are ignored)
 * @param pollInterval       how often the pilot is read
 * @param debounceReads      consecutive reads that must agree before a new state is reported
 */
public record PilotConfig(int connectorId, int pwmChannel, int pwmFrequencyHz, boolean pwmInverted, int spiBus,
                          int spiChipSelect, int spiBaud, int adcChannel, double adcReferenceVolts,
                          double dividerScale, double dividerOffsetVolts, PilotThresholds thresholds,
                          int samplesPerRead, Duration pollInterval, int debounceReads) {

    /** IEC 61851-1: the pilot oscillates at 1 kHz. */
    public static final int DEFAULT_PWM_FREQUENCY_HZ = 1000;
    public static final int DEFAULT_SPI_CHIP_SELECT = 1;
    public static final int DEFAULT_SPI_BAUD = 1_000_000;
    public static final double DEFAULT_ADC_REFERENCE_VOLTS = 3.3;
    public static final double DEFAULT_DIVIDER_SCALE = 24.0 / 3.3;
    public static final double DEFAULT_DIVIDER_OFFSET_VOLTS = -12.0;
    /** At 10 % duty, 64 samples all miss the plateau with a probability of 0.9^64 ≈ 0.1 %. */
    public static final int DEFAULT_SAMPLES_PER_READ = 64;
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(50);
    public static final int DEFAULT_DEBOUNCE_READS = 2;

    public PilotConfig {
        check(connectorId >= 1, "connectorId must be ≥ 1, got " + connectorId);
        check(pwmChannel >= 0, "pwmChannel must be ≥ 0, got " + pwmChannel);
        check(pwmFrequencyHz >= 980 && pwmFrequencyHz <= 1020, "pwmFrequencyHz must be 980 to 1020 (1 kHz ± 2 %), got "
                + pwmFrequencyHz);
        check(spiBus >= 0 && spiBus <= 6, "spiBus must be 0 to 6, got " + spiBus);
        check(spiChipSelect >= 0 && spiChipSelect <= 2, "spiChipSelect must be 0 to 2, got " + spiChipSelect);
        check(spiChipSelect != pwmChannel, "spiChipSelect and pwmChannel must differ (Pi4J gives them one address"
                + " space), both are " + pwmChannel);
        check(spiBaud >= 10_000 && spiBaud <= 3_600_000, "spiBaud must be 10 kHz to 3.6 MHz, got " + spiBaud);
        check(adcChannel >= 0 && adcChannel <= 7, "adcChannel must be 0 to 7, got " + adcChannel);
        check(adcReferenceVolts > 0 && adcReferenceVolts <= 5.5, "adcReferenceVolts must be above 0 to 5.5, got " + adcReferenceVolts);
        check(dividerScale > 0 && Double.isFinite(dividerScale), "dividerScale must be positive, got " + dividerScale);
        check(Double.isFinite(dividerOffsetVolts), "dividerOffsetVolts must be a number");
        check(thresholds != null, "thresholds are required");
        check(samplesPerRead >= 1 && samplesPerRead <= 1000, "samplesPerRead must be 1 to 1000, got " + samplesPerRead);
        check(pollInterval != null && !pollInterval.isNegative() && !pollInterval.isZero(), "pollInterval must be positive");
        check(debounceReads >= 1 && debounceReads <= 100, "debounceReads must be 1 to 100, got " + debounceReads);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** A configuration with every default for {@code connectorId}: PWM channel 0, SPI bus 0 CE1, ADC channel 0. */
    public static Builder builder(int connectorId) {
        return new Builder(connectorId);
    }

    /** The pilot voltage for an ADC result. */
    double pilotVolts(int adcResult) {
        return adcResult * adcReferenceVolts / Mcp3008.FULL_SCALE * dividerScale + dividerOffsetVolts;
    }

    /** Builds a {@link PilotConfig}; every field starts at its default. */
    public static final class Builder {
        private final int connectorId;
        private int pwmChannel;
        private int pwmFrequencyHz = DEFAULT_PWM_FREQUENCY_HZ;
        private boolean pwmInverted;
        private int spiBus;
        private int spiChipSelect = DEFAULT_SPI_CHIP_SELECT;
        private int spiBaud = DEFAULT_SPI_BAUD;
        private int adcChannel;
        private double adcReferenceVolts = DEFAULT_ADC_REFERENCE_VOLTS;
        private double dividerScale = DEFAULT_DIVIDER_SCALE;
        private double dividerOffsetVolts = DEFAULT_DIVIDER_OFFSET_VOLTS;
        private PilotThresholds thresholds = PilotThresholds.DEFAULT;
        private int samplesPerRead = DEFAULT_SAMPLES_PER_READ;
        private Duration pollInterval = DEFAULT_POLL_INTERVAL;
        private int debounceReads = DEFAULT_DEBOUNCE_READS;

        private Builder(int connectorId) {
            this.connectorId = connectorId;
        }

        public Builder pwm(int channel, boolean inverted) {
            this.pwmChannel = channel;
            this.pwmInverted = inverted;
            return this;
        }

        /** The PWM frequency; 1 kHz unless the PWM clock needs a trim. */
        public Builder pwmFrequency(int hz) {
            this.pwmFrequencyHz = hz;
            return this;
        }

        public Builder spi(int bus, int chipSelect, int baud) {
            this.spiBus = bus;
            this.spiChipSelect = chipSelect;
            this.spiBaud = baud;
            return this;
        }

        public Builder adc(int channel, double referenceVolts) {
            this.adcChannel = channel;
            this.adcReferenceVolts = referenceVolts;
            return this;
        }

        public Builder divider(double scale, double offsetVolts) {
            this.dividerScale = scale;
            this.dividerOffsetVolts = offsetVolts;
            return this;
        }

        public Builder thresholds(PilotThresholds thresholds) {
            this.thresholds = thresholds;
            return this;
        }

        public Builder sampling(int samplesPerRead, Duration pollInterval, int debounceReads) {
            this.samplesPerRead = samplesPerRead;
            this.pollInterval = pollInterval;
            this.debounceReads = debounceReads;
            return this;
        }

        public PilotConfig build() {
            return new PilotConfig(connectorId, pwmChannel, pwmFrequencyHz, pwmInverted, spiBus, spiChipSelect, spiBaud,
                    adcChannel, adcReferenceVolts, dividerScale, dividerOffsetVolts, thresholds, samplesPerRead,
                    pollInterval, debounceReads);
        }
    }
}
