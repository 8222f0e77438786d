package io.reactiveocpp.bench.codec;

import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.reactiveocpp.codec.DecodeResult;
import io.reactiveocpp.codec.OcppCodec;
import io.reactiveocpp.codec.PendingCalls;
import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.json.Json;
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
@Warmup(iterations = 5, time = 2)
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
        check(jacksonTokensStartTransactionCall().equals(reactiveOcppEncodeStartTransactionCall()), "floor frame");
    }

    @Benchmark
    public DecodeResult reactiveOcppDecodeMeterValuesCall() {
        return centralSystem.decode(SampleFrames.METER_VALUES_CALL, PendingCalls.NONE);
    }

    @Benchmark
    public DecodeResult reactiveOcppDecodeMeterValuesCallUtf8() {
        return centralSystem.decode(METER_VALUES_UTF8, 0, METER_VALUES_UTF8.length, PendingCalls.NONE);
    }

    /**
     * The floor under any Jackson-based decoder: Jackson's tokenizer alone walks the same frame and hands
     * out every name and string value, and nothing is matched, checked or built.
     */
    @Benchmark
    public int jacksonTokensMeterValuesCall() throws java.io.IOException {
        try (JsonParser parser = Json.FACTORY.createParser(SampleFrames.METER_VALUES_CALL)) {
            return walk(parser);
        }
    }

    /** {@link #jacksonTokensMeterValuesCall()} from UTF-8 bytes. */
    @Benchmark
    public int jacksonTokensMeterValuesCallUtf8() throws java.io.IOException {
        try (JsonParser parser = Json.FACTORY.createParser(METER_VALUES_UTF8)) {
            return walk(parser);
        }
    }

    private static int walk(JsonParser parser) throws java.io.IOException {
        int sum = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                sum += parser.getTextCharacters()[parser.getTextOffset()];
            }
        }
        return sum;
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

    /**
     * The floor under any Jackson-based encoder: the same frame written by hand-coded generator calls into
     * the codec's reusable buffers, from values that are ready (the timestamp as text); no model, no table.
     */
    @Benchmark
    public String jacksonTokensStartTransactionCall() {
        return Json.write(CodecBenchmark::writeStartTransaction, "st-0001");
    }

    /** {@link #jacksonTokensStartTransactionCall()} as UTF-8 bytes. */
    @Benchmark
    public byte[] jacksonTokensStartTransactionCallUtf8() {
        return Json.writeUtf8(CodecBenchmark::writeStartTransaction, "st-0001");
    }

    private static final String START_TIMESTAMP_TEXT = "2026-11-25T13:31:58.000Z";

    private static void writeStartTransaction(JsonGenerator generator, String messageId) throws java.io.IOException {
        generator.writeStartArray();
        generator.writeNumber(2);
        generator.writeString(messageId);
        generator.writeString("StartTransaction");
        generator.writeStartObject();
        generator.writeNumberField("connectorId", 1);
        generator.writeStringField("idTag", SampleFrames.START_ID_TAG);
        generator.writeNumberField("meterStart", SampleFrames.START_METER);
        generator.writeNumberField("reservationId", 17);
        generator.writeStringField("timestamp", START_TIMESTAMP_TEXT);
        generator.writeEndObject();
        generator.writeEndArray();
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
