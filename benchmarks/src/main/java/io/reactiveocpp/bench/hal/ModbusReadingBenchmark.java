package io.reactiveocpp.bench.hal;

import io.reactiveocpp.hal.MeterReading;
import io.reactiveocpp.hal.modbus.Decoded;
import io.reactiveocpp.hal.modbus.ModbusRtu;
import io.reactiveocpp.hal.modbus.ModbusRtuClient;
import io.reactiveocpp.hal.modbus.ReadRequest;
import io.reactiveocpp.hal.modbus.ReadResponse;
import io.reactiveocpp.hal.modbus.ReadResponse.Registers;
import io.reactiveocpp.hal.modbus.ReadingDecoder;
import io.reactiveocpp.hal.modbus.RegisterMap;
import io.reactiveocpp.hal.modbus.SerialLink;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Issue 5's budget for a real meter: reading all measurands of one Eastron SDM630 over Modbus RTU and turning
 * them into the engine's {@link MeterReading}. The SDM630 map ({@code sdm630.properties}) takes two reads of input
 * registers (0x04): 12 registers from 0x0000 (voltage and current per phase) and 24 from 0x0034 (power,
 * frequency, energy import and export). Their answers, as the meter sends them at 3 × 16 A (29 and 53 bytes, CRC
 * included; the registers between the mapped ones, which the map skips, are zero here), are kept below as hex.
 * <ul>
 *   <li>{@code decode}: both answer frames through {@link ModbusRtu#decodeResponse} (CRC, slave, function,
 *       length) into registers, then {@link ReadingDecoder} (values, plausibility against the previous reading)
 *       into the reading: exactly what {@code ModbusEnergyMeter} does with a poll's answers;</li>
 *   <li>{@code poll}: the same through {@link ModbusRtuClient} over a serial link in memory that answers at once:
 *       request frames encoded and written, answers read header first, then decoded. The wire itself is not
 *       here: at 9600 baud the 98 bytes of a poll take about 0.1 s.</li>
 * </ul>
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ModbusReadingBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ModbusReadingBenchmark {

    /** The answers to the two reads of slave 1: 230.1 / 229.8 / 231.2 V, 15.92 / 16.05 / 15.87 A ... */
    static final String VOLTAGE_AND_CURRENT = "01 04 18 43 66 19 9A 43 65 CC CD 43 67 33 33 41 7E B8 52 41 80 66 66"
            + " 41 7D EB 85 73 82";
    /** ... 11,013.4 W, 50.02 Hz, 12,345.678 kWh imported, 0 kWh exported. */
    static final String POWER_FREQUENCY_ENERGY = "01 04 30 46 2C 15 9A 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
            + " 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 42 48 14 7B 46 40 E6 B6 00 00 00 00 35 DC";

    private List<ReadRequest> requests;
    private byte[][] frames;
    private ReadingDecoder decoder;
    private MeterReading previous;
    private ModbusRtuClient client;
    private long millis;

    @Setup
    public void setUp() {
        RegisterMap map = RegisterMap.named("sdm630");
        requests = map.requests(1);
        frames = new byte[][] {hex(VOLTAGE_AND_CURRENT), hex(POWER_FREQUENCY_ENERGY)};
        decoder = new ReadingDecoder(map, requests);
        client = new ModbusRtuClient(new AnsweringLink(frames), Duration.ofMillis(300));
        previous = decode();
        check(requests.size() == 2 && requests.get(0).count() == 12 && requests.get(1).count() == 24,
                "the SDM630 map no longer takes the two reads these answers belong to: " + requests);
        check(Math.abs(previous.energyImportWh() - 12_345_678) < 1 && Math.abs(previous.powerW() - 11_013.4) < 0.01
                && previous.voltageV().l3() > 231 && previous.currentA().l2() > 16, "decoded " + previous);
        MeterReading polled = poll();
        check(polled.energyImportWh() == previous.energyImportWh() && polled.powerW() == previous.powerW(),
                "polled " + polled);
    }

    @Benchmark
    public MeterReading decode() {
        Registers[] registers = new Registers[frames.length];
        for (int i = 0; i < frames.length; i++) {
            registers[i] = registers(ModbusRtu.decodeResponse(requests.get(i), frames[i], frames[i].length));
        }
        return reading(registers);
    }

    @Benchmark
    public MeterReading poll() {
        Registers[] registers = new Registers[requests.size()];
        for (int i = 0; i < registers.length; i++) {
            registers[i] = registers(client.read(requests.get(i)));
        }
        return reading(registers);
    }

    private MeterReading reading(Registers[] registers) {
        Decoded<MeterReading> reading = decoder.decode(Instant.ofEpochMilli(millis += 1000), registers, previous);
        if (reading instanceof Decoded.Valid<MeterReading> valid) {
            return valid.value();
        }
        throw new IllegalStateException("refused: " + reading);
    }

    private static Registers registers(Decoded<ReadResponse> answer) {
        if (answer instanceof Decoded.Valid<ReadResponse> valid && valid.value() instanceof Registers registers) {
            return registers;
        }
        throw new IllegalStateException("not registers: " + answer);
    }

    private static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    /** A meter on a line without delay: each request is answered with the recorded frame for its address. */
    private static final class AnsweringLink implements SerialLink {
        private final byte[][] answers;
        private byte[] pending;
        private int read;

        AnsweringLink(byte[][] answers) {
            this.answers = answers;
        }

        @Override
        public void write(byte[] data, int offset, int length) {
            int address = (data[offset + 2] & 0xFF) << 8 | data[offset + 3] & 0xFF;
            pending = address == 0 ? answers[0] : answers[1];
            read = 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length, Duration timeout) {
            int n = Math.min(length, pending.length - read);
            System.arraycopy(pending, read, buffer, offset, n);
            read += n;
            return n;
        }

        @Override
        public void discardInput() {
            read = pending == null ? 0 : pending.length;
        }

        @Override
        public void close() {
        }
    }
}
