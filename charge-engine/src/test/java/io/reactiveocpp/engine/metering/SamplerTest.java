package io.reactiveocpp.engine.metering;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The sampled-value number format: what BigDecimal would write, without its cost. */
class SamplerTest {

    @Test
    void formatsLikeBigDecimalHalfEvenWithoutTrailingZeros() {
        assertThat(Sampler.format(1500, 0)).isEqualTo("1500");
        assertThat(Sampler.format(229.8, 2)).isEqualTo("229.8");
        assertThat(Sampler.format(15.92, 2)).isEqualTo("15.92");
        assertThat(Sampler.format(0.05, 2)).isEqualTo("0.05");
        assertThat(Sampler.format(-3.5, 1)).isEqualTo("-3.5");
        assertThat(Sampler.format(0, 2)).isEqualTo("0");
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            double value = Math.round((random.nextDouble() * 2 - 1) * 1e9 * 1000) / 1000.0 / Math.pow(10, random.nextInt(6));
            int decimals = random.nextInt(4);
            String expected = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros()
                    .toPlainString();
            assertThat(Sampler.format(value, decimals)).as("%s at %d decimals", value, decimals).isEqualTo(expected);
        }
    }
}
