package io.reactiveocpp.bench.engine;

import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.engine.metering.Sampler;
import io.reactiveocpp.hal.MeterReading;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The engine's own work per MeterValues sample (issue 4): one meter reading turned into the sampled values of
 * a typical {@code MeterValuesSampledData} (energy, power, current and voltage of three phases, SoC: 9 values)
 * and the MeterValuesRequest record, before the session encodes and stores it.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar MeterSampleBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class MeterSampleBenchmark {

    private static final List<String> MEASURANDS = List.of("Energy.Active.Import.Register", "Power.Active.Import",
            "Current.Import", "Voltage", "SoC");
    private final MeterReading reading = new MeterReading(Instant.parse("2026-11-25T12:00:00Z"), 12_345_678.5, 0,
            10_980.4, new MeterReading.Phases(15.92, 16.01, 15.87), new MeterReading.Phases(229.8, 230.4, 231.1),
            50.01, 31.5, 64);
    private final Instant now = Instant.parse("2026-11-25T12:00:05Z");

    @Benchmark
    public MeterValuesRequest sample() {
        MeterValue value = Sampler.sample(reading, MEASURANDS, ReadingContext.SAMPLE_PERIODIC, 32, now);
        return new MeterValuesRequest(1, 4711, List.of(value));
    }
}
