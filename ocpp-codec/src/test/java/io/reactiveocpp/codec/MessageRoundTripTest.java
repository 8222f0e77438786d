package io.reactiveocpp.codec;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.action.Initiator;
import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.frame.CallResult;
import io.reactiveocpp.codec.testing.Examples;
import io.reactiveocpp.codec.testing.Examples.Example;
import io.reactiveocpp.codec.testing.OcppSchemas;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.message.core.HeartbeatRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.reactiveocpp.codec.testing.JsonAssert.assertJsonEquals;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every OCPP 1.6 message, as a realistic example with all its properties and as one with only the
 * required ones: it decodes from a frame into its typed record, encodes back to equal JSON, and what is
 * written validates against the official schema.
 */
class MessageRoundTripTest {

    static List<Example> examples() {
        return Examples.ocpp16();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void decodesReencodesToEqualJsonThatValidatesAgainstTheSchema(Example example) {
        assertThat(OcppSchemas.ocpp16().validate(example.id(), example.json()))
                .as("the example itself is valid").isEmpty();
        Action action = Action.byName(example.action());
        String frame = example.isRequest()
                ? "[2,\"m-1\",\"" + example.action() + "\"," + example.json() + "]"
                : "[3,\"m-1\"," + example.json() + "]";
        // the side that receives the message decodes it
        boolean chargePointSends = example.isRequest() == (action.initiator() != Initiator.CENTRAL_SYSTEM);
        OcppCodec receiver = chargePointSends ? OcppCodec.forCentralSystem() : OcppCodec.forChargePoint();

        DecodeResult result = receiver.decode(frame, id -> action);

        assertThat(result).isInstanceOf(DecodeResult.Decoded.class);
        Object payload = example.isRequest()
                ? ((Call) ((DecodeResult.Decoded) result).frame()).payload()
                : ((CallResult) ((DecodeResult.Decoded) result).frame()).payload();
        assertThat(payload).isInstanceOf(example.isRequest() ? action.requestType() : action.confirmationType());

        String encoded = receiver.encode(((DecodeResult.Decoded) result).frame());
        assertJsonEquals(encoded, frame);
        String encodedPayload = encoded.substring(encoded.indexOf('{'), encoded.length() - 1);
        assertThat(OcppSchemas.ocpp16().validate(example.id(), encodedPayload)).isEmpty();

        // the WebSocket path, UTF-8 bytes in and out, gives the same message and the same text
        byte[] utf8 = frame.getBytes(StandardCharsets.UTF_8);
        DecodeResult fromBytes = receiver.decode(utf8, 0, utf8.length, id -> action);
        assertThat(fromBytes).isEqualTo(result);
        assertThat(new String(receiver.encodeUtf8(((DecodeResult.Decoded) fromBytes).frame()), StandardCharsets.UTF_8))
                .isEqualTo(encoded);
    }

    @Test
    void framesLongerThanTheGeneratorsBufferAndOnesAfterThemAreWrittenWhole() {
        // Jackson hands the codec's writers a frame in pieces once it outgrows its own buffer (some
        // thousand characters); a short frame right after a long one must not keep anything of it.
        String data = "é0123456789".repeat(2_000); // 22,000 characters, 24,000 bytes in UTF-8
        Call longCall = new Call("long", new DataTransferRequest("vendor", "m", data));
        Call shortCall = new Call("short", new HeartbeatRequest());
        OcppCodec codec = OcppCodec.forChargePoint();

        for (int round = 0; round < 2; round++) {
            String text = codec.encode(longCall);
            assertThat(text).isEqualTo("[2,\"long\",\"DataTransfer\",{\"vendorId\":\"vendor\",\"messageId\":\"m\","
                    + "\"data\":\"" + data + "\"}]");
            assertThat(new String(codec.encodeUtf8(longCall), StandardCharsets.UTF_8)).isEqualTo(text);
            assertThat(codec.encode(shortCall)).isEqualTo("[2,\"short\",\"Heartbeat\",{}]");
            assertThat(codec.encodeUtf8(shortCall)).isEqualTo("[2,\"short\",\"Heartbeat\",{}]".getBytes(StandardCharsets.UTF_8));
        }
    }
}
