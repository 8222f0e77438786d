package io.reactiveocpp.codec;

import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.frame.ErrorCode;
import io.reactiveocpp.codec.message.core.AuthorizeRequest;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.security.GetInstalledCertificateIdsConfirmation;
import io.reactiveocpp.codec.testing.OcppSchemas;
import io.reactiveocpp.codec.type.ChargingSchedulePeriod;
import io.reactiveocpp.codec.type.GetInstalledCertificateStatus;
import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.type.SampledValue;
import io.reactiveocpp.codec.validate.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A message that breaks the schema cannot be built, so nothing invalid is ever written. */
class ModelConstraintsTest {

    @Test
    void aTooLongIdTagCannotBeBuilt() {
        assertThatThrownBy(() -> new AuthorizeRequest("0123456789ABCDEF01234"))
                .isInstanceOf(Violation.class)
                .hasMessage("idTag: longer than 20 characters (21)")
                .extracting(e -> ((Violation) e).code()).isEqualTo(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION);
    }

    @Test
    void aMissingRequiredPropertyCannotBeBuilt() {
        assertThatThrownBy(() -> new StartTransactionRequest(1, "TAG", 0, null, null))
                .isInstanceOf(Violation.class).hasMessage("timestamp: required property is missing");
    }

    @Test
    void aLimitThatIsNoMultipleOfATenthCannotBeBuilt() {
        assertThatThrownBy(() -> new ChargingSchedulePeriod(0, new BigDecimal("7.25"), null))
                .hasMessage("limit: must be a multiple of 0.1, got 7.25");
        assertThat(new ChargingSchedulePeriod(0, new BigDecimal("7.20"), null).limit()).isEqualByComparingTo("7.2");
    }

    @Test
    void aListBelowItsMinimumCannotBeBuilt() {
        assertThatThrownBy(() -> new GetInstalledCertificateIdsConfirmation(List.of(),
                GetInstalledCertificateStatus.ACCEPTED))
                .hasMessage("certificateHashData: needs at least 1 item(s), got 0");
    }

    @Test
    void listsAreCopiedSoTheMessageStaysImmutable() {
        List<SampledValue> values = new ArrayList<>(List.of(new SampledValue("1", null, null, null, null, null, null)));
        MeterValue meterValue = new MeterValue(Instant.EPOCH, values);
        values.clear();

        assertThat(meterValue.sampledValue()).hasSize(1);
        assertThatThrownBy(() -> meterValue.sampledValue().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void whatIsWrittenIsCanonicalAndValid() {
        MeterValuesRequest request = new MeterValuesRequest(1, 4711, List.of(new MeterValue(
                Instant.parse("2026-11-25T13:31:58.123456Z"),
                List.of(new SampledValue("1251012", null, null, null, null, null, null)))));

        String frame = OcppCodec.forChargePoint().encode(new Call("m-1", request));

        assertThat(frame).isEqualTo("[2,\"m-1\",\"MeterValues\",{\"connectorId\":1,\"transactionId\":4711,"
                + "\"meterValue\":[{\"timestamp\":\"2026-11-25T13:31:58.123Z\",\"sampledValue\":[{\"value\":\"1251012\"}]}]}]");
        assertThat(OcppSchemas.ocpp16().validate("MeterValues.req", frame.substring(frame.indexOf('{'),
                frame.length() - 1))).isEmpty();
    }

    @Test
    void textIsEscapedAsJsonRequires() {
        AuthorizeRequest request = new AuthorizeRequest("a\"b\\c\u0001é");

        String frame = OcppCodec.forChargePoint().encode(new Call("q", request));

        assertThat(frame).isEqualTo("[2,\"q\",\"Authorize\",{\"idTag\":\"a\\\"b\\\\c\\u0001é\"}]");
        assertThat(((AuthorizeRequest) ((Call) ((DecodeResult.Decoded) OcppCodec.forCentralSystem()
                .decode(frame, PendingCalls.NONE)).frame()).payload()).idTag()).isEqualTo("a\"b\\c\u0001é");
    }
}
