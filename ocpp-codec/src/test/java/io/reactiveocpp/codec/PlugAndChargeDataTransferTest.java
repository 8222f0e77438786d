package io.reactiveocpp.codec;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.frame.CallResult;
import io.reactiveocpp.codec.frame.ErrorCode;
import io.reactiveocpp.codec.json.Json;
import io.reactiveocpp.codec.message.core.DataTransferConfirmation;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.pnc.PncAuthorizeRequest;
import io.reactiveocpp.codec.pnc.PncIdToken;
import io.reactiveocpp.codec.pnc.PncIdTokenEnum;
import io.reactiveocpp.codec.pnc.PncAction;
import io.reactiveocpp.codec.pnc.PncDataTransfer;
import io.reactiveocpp.codec.pnc.PncRequest;
import io.reactiveocpp.codec.pnc.PncResponse;
import io.reactiveocpp.codec.pnc.PncResult;
import io.reactiveocpp.codec.testing.Examples;
import io.reactiveocpp.codec.testing.Examples.Example;
import io.reactiveocpp.codec.testing.OcppSchemas;
import io.reactiveocpp.codec.type.DataTransferStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.reactiveocpp.codec.testing.JsonAssert.assertJsonEquals;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ISO 15118 Plug &amp; Charge over OCPP 1.6: every 2.0.1 payload travels inside DataTransfer
 * (vendorId org.openchargealliance.iso15118pnc, messageId = action, data = the payload as JSON text) and
 * comes back out equal; the DataTransfer is valid against the 1.6 schema and its data against the 2.0.1 one.
 */
class PlugAndChargeDataTransferTest {

    static List<Example> examples() {
        return Examples.pnc();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void wrapsIntoDataTransferAndUnwrapsToTheSamePayload(Example example) {
        assertThat(OcppSchemas.pnc().validate(example.id(), example.json())).as("the example itself").isEmpty();
        PncAction action = PncAction.byName(example.action());

        if (example.isRequest()) {
            PncRequest<?> request = ((PncResult.Valid<PncRequest<?>>) PncDataTransfer.unwrap(
                    new DataTransferRequest(PncDataTransfer.VENDOR_ID, action.wireName(), example.json()))).value();
            assertThat(request).isInstanceOf(action.requestType());

            DataTransferRequest wrapped = PncDataTransfer.wrap(request);
            String frame = OcppCodec.forChargePoint().encode(new Call("p-1", wrapped));
            assertThat(wrapped.vendorId()).isEqualTo("org.openchargealliance.iso15118pnc");
            assertThat(wrapped.messageId()).isEqualTo(example.action());
            assertJsonEquals(wrapped.data(), example.json());
            assertThat(OcppSchemas.pnc().validate(example.id(), wrapped.data())).isEmpty();
            assertThat(OcppSchemas.ocpp16().validate("DataTransfer.req", payloadOf(frame))).isEmpty();

            OcppCodec receiver = action.initiator() == io.reactiveocpp.codec.action.Initiator.CHARGE_POINT
                    ? OcppCodec.forCentralSystem() : OcppCodec.forChargePoint();
            Call received = (Call) ((DecodeResult.Decoded) receiver.decode(frame, PendingCalls.NONE)).frame();
            PncResult<PncRequest<?>> unwrapped = PncDataTransfer.unwrap((DataTransferRequest) received.payload());
            assertThat(unwrapped).isEqualTo(new PncResult.Valid<>(request));
        } else {
            PncResponse response = ((PncResult.Valid<PncResponse>) PncDataTransfer.unwrap(
                    new DataTransferConfirmation(DataTransferStatus.ACCEPTED, example.json()), action)).value();
            assertThat(response).isInstanceOf(action.responseType());

            DataTransferConfirmation wrapped = PncDataTransfer.wrap(response);
            String frame = OcppCodec.forChargePoint().encode(new CallResult("p-1", wrapped));
            assertJsonEquals(wrapped.data(), example.json());
            assertThat(OcppSchemas.pnc().validate(example.id(), wrapped.data())).isEmpty();
            assertThat(OcppSchemas.ocpp16().validate("DataTransfer.conf", payloadOf(frame))).isEmpty();

            CallResult received = (CallResult) ((DecodeResult.Decoded) OcppCodec.forCentralSystem()
                    .decode(frame, id -> Action.DATA_TRANSFER)).frame();
            assertThat(PncDataTransfer.unwrap((DataTransferConfirmation) received.payload(), action))
                    .isEqualTo(new PncResult.Valid<>(response));
        }
    }

    @Test
    void theDataIsTheCompactJsonTextOfThePayload() {
        PncAuthorizeRequest authorize = new PncAuthorizeRequest(null, new PncIdToken(null, null, "DE*ABC*C123456*7",
                PncIdTokenEnum.EMAID), null, null);

        DataTransferRequest wrapped = PncDataTransfer.wrap(authorize);

        assertThat(OcppCodec.forChargePoint().encode(new Call("a-1", wrapped))).isEqualTo(
                "[2,\"a-1\",\"DataTransfer\",{\"vendorId\":\"org.openchargealliance.iso15118pnc\","
                        + "\"messageId\":\"Authorize\",\"data\":\"{\\\"idToken\\\":{\\\"idToken\\\":"
                        + "\\\"DE*ABC*C123456*7\\\",\\\"type\\\":\\\"eMAID\\\"}}\"}]");
    }

    @Test
    void customDataKeepsItsVendorProperties() {
        String json = "{\"customData\":{\"vendorId\":\"com.example\",\"firmwareBuild\":\"2026.11\",\"n\":[1,{\"a\":true}]},"
                + "\"idToken\":{\"idToken\":\"X\",\"type\":\"eMAID\"}}";

        PncRequest<?> request = ((PncResult.Valid<PncRequest<?>>) PncDataTransfer.unwrap(
                new DataTransferRequest(PncDataTransfer.VENDOR_ID, "Authorize", json))).value();

        assertThat(((PncAuthorizeRequest) request).customData().vendorId()).isEqualTo("com.example");
        assertJsonEquals(Json.write(PncAction.AUTHORIZE.requestCodec(), request), json);
    }

    @Test
    void anUnknownPlugAndChargeMessageIsNotImplemented() {
        PncResult<PncRequest<?>> result = PncDataTransfer.unwrap(
                new DataTransferRequest(PncDataTransfer.VENDOR_ID, "BrewCoffee", "{}"));

        assertThat(result).isEqualTo(new PncResult.Invalid<>(ErrorCode.NOT_IMPLEMENTED,
                "messageId: unknown Plug & Charge message 'BrewCoffee'"));
    }

    @Test
    void badDataIsReportedWithTheSchemaErrorCodeAndField() {
        PncResult<PncRequest<?>> notJson = PncDataTransfer.unwrap(
                new DataTransferRequest(PncDataTransfer.VENDOR_ID, "SignCertificate", "{csr:"));
        PncResult<PncRequest<?>> missing = PncDataTransfer.unwrap(
                new DataTransferRequest(PncDataTransfer.VENDOR_ID, "SignCertificate", "{}"));
        PncResult<PncRequest<?>> badEnum = PncDataTransfer.unwrap(new DataTransferRequest(PncDataTransfer.VENDOR_ID,
                "SignCertificate", "{\"csr\":\"-----BEGIN\",\"certificateType\":\"V3G\"}"));

        assertThat(((PncResult.Invalid<?>) notJson).errorCode()).isEqualTo(ErrorCode.FORMATION_VIOLATION);
        assertThat(missing).isEqualTo(new PncResult.Invalid<>(ErrorCode.OCCURENCE_CONSTRAINT_VIOLATION,
                "data: SignCertificateRequest: csr: required property is missing"));
        assertThat(((PncResult.Invalid<?>) badEnum).errorCode()).isEqualTo(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION);
        assertThat(((PncResult.Invalid<?>) badEnum).description()).contains("certificateType: 'V3G'");
    }

    private static String payloadOf(String frame) {
        return frame.substring(frame.indexOf('{'), frame.length() - 1);
    }
}
