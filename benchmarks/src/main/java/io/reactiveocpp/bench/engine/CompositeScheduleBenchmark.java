package io.reactiveocpp.bench.engine;

import io.reactiveocpp.codec.type.ChargingProfile;
import io.reactiveocpp.codec.type.ChargingProfileKindType;
import io.reactiveocpp.codec.type.ChargingProfilePurposeType;
import io.reactiveocpp.codec.type.ChargingRateUnitType;
import io.reactiveocpp.codec.type.ChargingSchedule;
import io.reactiveocpp.codec.type.ChargingSchedulePeriod;
import io.reactiveocpp.codec.type.RecurrencyKindType;
import io.reactiveocpp.engine.metering.Supply;
import io.reactiveocpp.engine.smartcharging.CompositeSchedules;
import io.reactiveocpp.engine.smartcharging.InstalledProfile;
import io.reactiveocpp.engine.smartcharging.TransactionStart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The composite schedule (issue 13) on a heavy but legal installation: 10 stacked TxDefault/Tx profiles of 48
 * half-hour periods each (two of them recurring daily, some ending early so lower ones show through) and one
 * ChargePointMaxProfile of 48 periods. {@code getComposite24h} answers a GetCompositeSchedule of 24 h on connector
 * 1; {@code boundaryRecompute} is what the enforcement computes on a period boundary (both layers of connector 1
 * over the next 25 h).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CompositeSchedule -f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class CompositeScheduleBenchmark {

    private static final int PERIODS = 48;
    private static final Supply SUPPLY = Supply.THREE_PHASE_230;

    private final Instant now = Instant.parse("2026-12-07T08:00:00Z");
    private final TransactionStart tx = new TransactionStart(4711, now.minus(Duration.ofMinutes(20)));
    private final List<InstalledProfile> installed = profiles(now);
    private static final com.fasterxml.jackson.core.JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactory();
    private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(8192);
    private final ChargingSchedule answer = (ChargingSchedule) getComposite24h();

    @Benchmark
    public Object getComposite24h() {
        Instant to = now.plus(Duration.ofHours(24));
        return CompositeSchedules.toSchedule(CompositeSchedules.connector(installed, 1, tx, now, to,
                ChargingRateUnitType.A, SUPPLY), now, ChargingRateUnitType.A, 32);
    }

    /**
     * The floor: Jackson alone (jackson-core's generator, a reused buffer) writing the same 57-period answer that
     * {@link #getComposite24h} computes, which a station must at least do to send it.
     */
    @Benchmark
    public int floorJacksonWritesTheAnswer() throws java.io.IOException {
        buffer.reset();
        try (com.fasterxml.jackson.core.JsonGenerator json = JSON.createGenerator(buffer)) {
            json.writeStartObject();
            json.writeStringField("status", "Accepted");
            json.writeNumberField("connectorId", 1);
            json.writeStringField("scheduleStart", "2026-12-07T08:00:00.000Z");
            json.writeObjectFieldStart("chargingSchedule");
            json.writeNumberField("duration", answer.duration());
            json.writeStringField("chargingRateUnit", "A");
            json.writeArrayFieldStart("chargingSchedulePeriod");
            for (ChargingSchedulePeriod period : answer.chargingSchedulePeriod()) {
                json.writeStartObject();
                json.writeNumberField("startPeriod", period.startPeriod());
                json.writeNumberField("limit", period.limit());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        return buffer.size();
    }

    @Benchmark
    public void boundaryRecompute(Blackhole blackhole) {
        Instant to = now.plus(Duration.ofHours(25));
        blackhole.consume(CompositeSchedules.layer(CompositeSchedules.Layer.STATION, installed, 1, tx, now, to,
                ChargingRateUnitType.A, SUPPLY));
        blackhole.consume(CompositeSchedules.layer(CompositeSchedules.Layer.TRANSACTION, installed, 1, tx, now, to,
                ChargingRateUnitType.A, SUPPLY));
    }

    private static List<InstalledProfile> profiles(Instant now) {
        List<InstalledProfile> profiles = new ArrayList<>();
        profiles.add(profile(100, 0, 0, ChargingProfilePurposeType.CHARGE_POINT_MAX_PROFILE, null,
                now.minus(Duration.ofHours(1)), null, 12));
        for (int i = 0; i < 10; i++) {
            boolean txProfile = i >= 6;
            ChargingProfilePurposeType purpose = txProfile ? ChargingProfilePurposeType.TX_PROFILE
                    : ChargingProfilePurposeType.TX_DEFAULT_PROFILE;
            int connector = txProfile || i % 2 == 1 ? 1 : 0;
            // staggered starts so the periods' edges do not coincide; the upper ones end early (12 h to 22 h)
            Instant start = now.minus(Duration.ofMinutes(7L * i + 3));
            Integer duration = i >= 4 ? (12 + i) * 3600 : null;
            RecurrencyKindType daily = i == 2 || i == 5 ? RecurrencyKindType.DAILY : null;
            profiles.add(profile(i + 1, connector, i % 6, purpose, daily, start, duration, 6 + 2 * i));
        }
        return List.copyOf(profiles);
    }

    private static InstalledProfile profile(int id, int connector, int stackLevel, ChargingProfilePurposeType purpose,
                                            RecurrencyKindType recurrency, Instant start, Integer duration, int base) {
        List<ChargingSchedulePeriod> periods = new ArrayList<>();
        for (int p = 0; p < PERIODS; p++) {
            int tenths = 10 * base + (p * 37 + id * 11) % 160;
            periods.add(new ChargingSchedulePeriod(p * 1800, BigDecimal.valueOf(tenths, 1), null));
        }
        ChargingProfileKindType kind = recurrency != null ? ChargingProfileKindType.RECURRING
                : ChargingProfileKindType.ABSOLUTE;
        ChargingSchedule schedule = new ChargingSchedule(duration, start, ChargingRateUnitType.A, periods, null);
        return new InstalledProfile(connector, new ChargingProfile(id, null, stackLevel, purpose, kind, recurrency,
                null, null, schedule));
    }
}
