package io.reactiveocpp.bench.codec;

import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import io.reactiveocpp.codec.DecodeResult;
import io.reactiveocpp.codec.OcppCodec;
import io.reactiveocpp.codec.PendingCalls;
import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.frame.Call;
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

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;

/**
 * The three codec operations of issue 2, through reactive-ocpp and through Java-OCA-OCPP 1.1.0 in the same
 * run, on the same frames. Validation is included on both sides: reactive-ocpp's records check the schema
 * while they are built; Java-OCA-OCPP runs {@code validate()} on its receive and send paths.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CodecBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class CodecBenchmark {

    private static final PendingCalls BOOT_PENDING = messageId -> Action.BOOT_NOTIFICATION;

    private static final byte[] METER_VALUES_UTF8 =
            SampleFrames.METER_VALUES_CALL.getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final OcppCodec centralSystem = OcppCodec.forCentralSystem();
    private final OcppCodec chargePoint = OcppCodec.forChargePoint();
    private io.reactiveocpp.codec.message.core.StartTransactionRequest startTransaction;

    private JavaOcaOcppClient javaOca;
    private StartTransactionRequest javaOcaStartTransaction;

    @Setup
    public void setUp() {
        startTransaction = new io.reactiveocpp.codec.message.core.StartTransactionRequest(1, SampleFrames.START_ID_TAG,
                SampleFrames.START_METER, 17, Instant.parse(SampleFrames.START_TIMESTAMP));
        javaOca = new JavaOcaOcppClient();
        javaOcaStartTransaction = new StartTransactionRequest(1, SampleFrames.START_ID_TAG, SampleFrames.START_METER,
                ZonedDateTime.parse(SampleFrames.START_TIMESTAMP));
        javaOcaStartTransaction.setReservationId(17);
        // both sides must agree before anything is measured
        check(reactiveOcppDecodeMeterValuesCall() instanceof DecodeResult.Decoded, "MeterValues decode");
        check(reactiveOcppDecodeBootNotificationResult() instanceof DecodeResult.Decoded, "BootNotification decode");
        check(javaOcaOcppDecodeMeterValuesCall().getMeterValue()[0].getSampledValue().length == 10, "peer decode");
        javaOcaOcppDecodeBootNotificationResult();
    }

    @Benchmark
    public DecodeResult reactiveOcppDecodeMeterValuesCall() {
        return centralSystem.decode(SampleFrames.METER_VALUES_CALL, PendingCalls.NONE);
    }

    @Benchmark
    public DecodeResult reactiveOcppDecodeMeterValuesCallUtf8() {
        return centralSystem.decode(METER_VALUES_UTF8, 0, METER_VALUES_UTF8.length, PendingCalls.NONE);
    }

    @Benchmark
    public eu.chargetime.ocpp.model.core.MeterValuesRequest javaOcaOcppDecodeMeterValuesCall() {
        return javaOca.receiveMeterValuesCall(SampleFrames.METER_VALUES_CALL);
    }

    @Benchmark
    public DecodeResult reactiveOcppDecodeBootNotificationResult() {
        return chargePoint.decode(SampleFrames.BOOT_NOTIFICATION_RESULT, BOOT_PENDING);
    }

    @Benchmark
    public eu.chargetime.ocpp.model.core.BootNotificationConfirmation javaOcaOcppDecodeBootNotificationResult() {
        return javaOca.receiveBootNotificationResult(SampleFrames.BOOT_NOTIFICATION_RESULT);
    }

    @Benchmark
    public String reactiveOcppEncodeStartTransactionCall() {
        return chargePoint.encode(new Call("st-0001", startTransaction));
    }

    @Benchmark
    public byte[] reactiveOcppEncodeStartTransactionCallUtf8() {
        return chargePoint.encodeUtf8(new Call("st-0001", startTransaction));
    }

    @Benchmark
    public String javaOcaOcppEncodeStartTransactionCall() {
        return javaOca.sendStartTransaction("st-0001", javaOcaStartTransaction);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException(what + " failed");
        }
    }
}
