package io.reactiveocpp.codec;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.frame.CallError;
import io.reactiveocpp.codec.frame.CallResult;
import io.reactiveocpp.codec.frame.ErrorCode;
import io.reactiveocpp.codec.json.Timestamps;
import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.RemoteStartTransactionRequest;
import io.reactiveocpp.codec.message.smartcharging.GetCompositeScheduleRequest;
import io.reactiveocpp.codec.type.RegistrationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What real backends send that the specification tolerates is accepted; what is written is canonical. */
class TolerantReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2026-11-25T13:31:58Z,           2026-11-25T13:31:58Z",
            "2026-11-25T13:31:58.1Z,         2026-11-25T13:31:58.100Z",
            "2026-11-25T13:31:58.123456789Z, 2026-11-25T13:31:58.123456789Z",
            "2026-11-25T13:31:58.123456789123Z, 2026-11-25T13:31:58.123456789Z",
            "2026-11-25T14:31:58+01:00,      2026-11-25T13:31:58Z",
            "2026-11-25T08:01:58-05:30,      2026-11-25T13:31:58Z",
            "2026-11-25T14:31:58+0100,       2026-11-25T13:31:58Z",
            "2026-11-25T14:31:58+01,         2026-11-25T13:31:58Z",
            "2026-11-25t13:31:58z,           2026-11-25T13:31:58Z",
            "2026-11-25 13:31:58Z,           2026-11-25T13:31:58Z",
            "2026-11-25T13:31:58,            2026-11-25T13:31:58Z",
            "2026-11-26T00:30:00+11:00,      2026-11-25T13:30:00Z",
            "2024-02-29T00:00:00Z,           2024-02-29T00:00:00Z",
            "2016-12-31T23:59:60Z,           2016-12-31T23:59:59Z",
            "1970-01-01T00:00:00Z,           1970-01-01T00:00:00Z",
    })
    void readsDateTimesWithOrWithoutFractionAndWithAnyOffset(String text, String expected) {
        assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "2026-11-25", "2026-11-25T13:31", "2026-13-01T00:00:00Z", "2026-02-29T00:00:00Z",
            "2026-11-25T24:00:00Z", "2026-11-25T13:60:00Z", "2026-11-25T13:31:58.Z", "2026-11-25T13:31:58+1:00",
            "2026-11-25T13:31:58+24:00", "2026-11-25T13:31:58 Z", "26-11-25T13:31:58Z", "2026/11/25T13:31:58Z",
            "2026-11-25T13:31:58Zjunk", "yesterday"})
    void refusesWhatIsNoDateTime(String text) {
        assertThat(Timestamps.parse(text)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2026-11-25T13:31:58Z,           2026-11-25T13:31:58.000Z",
            "2026-11-25T13:31:58.123456789Z, 2026-11-25T13:31:58.123Z",
            "2000-02-29T23:59:59.999Z,       2000-02-29T23:59:59.999Z",
            "1970-01-01T00:00:00Z,           1970-01-01T00:00:00.000Z",
            "1969-12-31T23:59:59.5Z,         1969-12-31T23:59:59.500Z",
            "9999-12-31T23:59:59Z,           9999-12-31T23:59:59.000Z",
    })
    void writesCanonicalUtcWithMilliseconds(String instant, String expected) {
        assertThat(Timestamps.format(Instant.parse(instant))).isEqualTo(expected);
    }

    @Test
    void formatsEveryDayOfFourHundredYearsLikeTheJdk() {
        for (long day = -146_097; day < 2 * 146_097; day += 1) {
            Instant instant = Instant.ofEpochSecond(day * 86_400 + 45_296, 7_000_000);
            String jdk = instant.toString();
            assertThat(Timestamps.format(instant)).isEqualTo(jdk);
            assertThat(Timestamps.parse(jdk)).isEqualTo(instant);
        }
    }

    @Test
    void anOffsetTimestampFromTheBackendIsWrittenBackInUtc() {
        DecodeResult result = OcppCodec.forChargePoint().decode(
                "[3,\"b\",{\"status\":\"Accepted\",\"currentTime\":\"2026-11-25T14:31:58.5+01:00\",\"interval\":300}]",
                id -> Action.BOOT_NOTIFICATION);
        CallResult frame = (CallResult) ((DecodeResult.Decoded) result).frame();
        BootNotificationConfirmation conf = (BootNotificationConfirmation) frame.payload();

        assertThat(conf.status()).isEqualTo(RegistrationStatus.ACCEPTED);
        assertThat(conf.currentTime()).isEqualTo(Instant.parse("2026-11-25T13:31:58.500Z"));
        assertThat(OcppCodec.forCentralSystem().encode(frame))
                .isEqualTo("[3,\"b\",{\"status\":\"Accepted\",\"currentTime\":\"2026-11-25T13:31:58.500Z\",\"interval\":300}]");
    }

    @Test
    void nullForAnOptionalPropertyReadsAsAbsent() {
        DecodeResult result = OcppCodec.forChargePoint().decode(
                "[2,\"r\",\"RemoteStartTransaction\",{\"connectorId\":null,\"idTag\":\"TAG\",\"chargingProfile\":null}]",
                PendingCalls.NONE);
        RemoteStartTransactionRequest request =
                (RemoteStartTransactionRequest) ((Call) ((DecodeResult.Decoded) result).frame()).payload();

        assertThat(request.connectorId()).isNull();
        assertThat(request.chargingProfile()).isNull();
        assertThat(OcppCodec.forCentralSystem().encode(((DecodeResult.Decoded) result).frame()))
                .isEqualTo("[2,\"r\",\"RemoteStartTransaction\",{\"idTag\":\"TAG\"}]");
    }

    @Test
    void anIntegerWrittenWithAZeroFractionIsAnInteger() {
        DecodeResult result = OcppCodec.forChargePoint().decode(
                "[2,\"g\",\"GetCompositeSchedule\",{\"connectorId\":1.0,\"duration\":3600}]", PendingCalls.NONE);
        GetCompositeScheduleRequest request =
                (GetCompositeScheduleRequest) ((Call) ((DecodeResult.Decoded) result).frame()).payload();

        assertThat(request.connectorId()).isEqualTo(1);
    }

    @Test
    void callErrorsWithTheOcpp201SpellingOrWithoutDetailsAreRead() {
        DecodeResult withoutDetails = OcppCodec.forChargePoint()
                .decode("[4,\"e1\",\"OccurrenceConstraintViolation\",\"missing idTag\"]", PendingCalls.NONE);
        DecodeResult unknownCode = OcppCodec.forChargePoint()
                .decode("[4,\"e2\",\"TeapotError\",\"\",{\"why\":[1,2]}]", PendingCalls.NONE);

        CallError first = (CallError) ((DecodeResult.Decoded) withoutDetails).frame();
        CallError second = (CallError) ((DecodeResult.Decoded) unknownCode).frame();
        assertThat(first.errorCode()).isEqualTo(ErrorCode.OCCURENCE_CONSTRAINT_VIOLATION);
        assertThat(first.errorDescription()).isEqualTo("missing idTag");
        assertThat(second.errorCode()).isEqualTo(ErrorCode.GENERIC_ERROR);
        assertThat(OcppCodec.forChargePoint().encode(second))
                .isEqualTo("[4,\"e2\",\"GenericError\",\"\",{\"why\":[1,2]}]");
        assertThat(OcppCodec.forChargePoint().encode(first))
                .isEqualTo("[4,\"e1\",\"OccurenceConstraintViolation\",\"missing idTag\",{}]");
    }
}
