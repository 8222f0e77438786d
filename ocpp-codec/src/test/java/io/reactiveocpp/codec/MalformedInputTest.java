package io.reactiveocpp.codec;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.frame.CallError;
import io.reactiveocpp.codec.frame.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static io.reactiveocpp.codec.frame.ErrorCode.FORMATION_VIOLATION;
import static io.reactiveocpp.codec.frame.ErrorCode.NOT_IMPLEMENTED;
import static io.reactiveocpp.codec.frame.ErrorCode.NOT_SUPPORTED;
import static io.reactiveocpp.codec.frame.ErrorCode.OCCURENCE_CONSTRAINT_VIOLATION;
import static io.reactiveocpp.codec.frame.ErrorCode.PROPERTY_CONSTRAINT_VIOLATION;
import static io.reactiveocpp.codec.frame.ErrorCode.PROTOCOL_ERROR;
import static io.reactiveocpp.codec.frame.ErrorCode.TYPE_CONSTRAINT_VIOLATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The table of malformed frames and payloads a charge point may receive, with the OCPP-J error code
 * each must produce and the field its description must name. None of them throws.
 */
class MalformedInputTest {

    private static final String BOOT_CONF =
            "{\"status\":\"Accepted\",\"currentTime\":\"2026-11-25T13:31:58Z\",\"interval\":300}";

    static Stream<Arguments> malformed() {
        return Stream.of(
                // the envelope
                arguments("invalid JSON", "[2,\"1\",\"Reset\",{\"type\":", FORMATION_VIOLATION, "not JSON"),
                arguments("not JSON at all", "hello", FORMATION_VIOLATION, "not JSON"),
                arguments("empty text", "", FORMATION_VIOLATION, "array"),
                arguments("not an array", "{\"type\":\"Soft\"}", FORMATION_VIOLATION, "JSON array"),
                arguments("empty array", "[]", PROTOCOL_ERROR, "message type"),
                arguments("CALL without payload", "[2,\"1\",\"Reset\"]", PROTOCOL_ERROR, "payload"),
                arguments("CALL without action", "[2,\"1\"]", PROTOCOL_ERROR, "action"),
                arguments("CALL with an extra element", "[2,\"1\",\"Reset\",{\"type\":\"Soft\"},{}]",
                        FORMATION_VIOLATION, "more elements"),
                arguments("content after the frame", "[2,\"1\",\"Reset\",{\"type\":\"Soft\"}] []",
                        FORMATION_VIOLATION, "after"),
                arguments("unknown message type id", "[5,\"1\",\"Reset\",{\"type\":\"Soft\"}]",
                        FORMATION_VIOLATION, "unknown message type 5"),
                arguments("message type as string", "[\"2\",\"1\",\"Reset\",{}]", FORMATION_VIOLATION,
                        "message type"),
                arguments("message id as number", "[2,1,\"Reset\",{\"type\":\"Soft\"}]", FORMATION_VIOLATION,
                        "message id"),
                arguments("message id over 36 characters",
                        "[2,\"" + "x".repeat(37) + "\",\"Reset\",{\"type\":\"Soft\"}]", FORMATION_VIOLATION,
                        "36"),
                arguments("payload not an object", "[2,\"1\",\"Reset\",[]]", FORMATION_VIOLATION,
                        "Reset.req: the payload must be an object"),
                // the action
                arguments("unknown action", "[2,\"1\",\"MakeCoffee\",{}]", NOT_IMPLEMENTED, "MakeCoffee"),
                arguments("action in the wrong case", "[2,\"1\",\"reset\",{\"type\":\"Soft\"}]", NOT_IMPLEMENTED,
                        "reset"),
                arguments("action a charge point does not receive", "[2,\"1\",\"BootNotification\","
                        + "{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\"}]", NOT_SUPPORTED,
                        "BootNotification"),
                // the payload
                arguments("number where a string belongs", "[2,\"1\",\"ChangeConfiguration\","
                        + "{\"key\":\"HeartbeatInterval\",\"value\":300}]", TYPE_CONSTRAINT_VIOLATION,
                        "ChangeConfiguration.req: value: expected string, got integer"),
                arguments("string where an integer belongs", "[2,\"1\",\"UnlockConnector\",{\"connectorId\":\"1\"}]",
                        TYPE_CONSTRAINT_VIOLATION, "connectorId: expected integer, got string"),
                arguments("fraction where an integer belongs", "[2,\"1\",\"UnlockConnector\",{\"connectorId\":1.5}]",
                        TYPE_CONSTRAINT_VIOLATION, "connectorId"),
                arguments("integer beyond 32 bits", "[2,\"1\",\"UnlockConnector\",{\"connectorId\":4294967296}]",
                        PROPERTY_CONSTRAINT_VIOLATION, "connectorId: integer out of the 32-bit range"),
                arguments("too long CiString20", "[2,\"1\",\"RemoteStartTransaction\",{\"idTag\":\""
                        + "A".repeat(21) + "\"}]", PROPERTY_CONSTRAINT_VIOLATION,
                        "RemoteStartTransaction.req: idTag: longer than 20 characters"),
                arguments("too long CiString50", "[2,\"1\",\"ChangeConfiguration\",{\"key\":\"" + "K".repeat(51)
                        + "\",\"value\":\"1\"}]", PROPERTY_CONSTRAINT_VIOLATION, "key: longer than 50"),
                arguments("missing required field", "[2,\"1\",\"RemoteStopTransaction\",{}]",
                        OCCURENCE_CONSTRAINT_VIOLATION, "RemoteStopTransaction.req: transactionId: required"),
                arguments("required field null", "[2,\"1\",\"RemoteStopTransaction\",{\"transactionId\":null}]",
                        OCCURENCE_CONSTRAINT_VIOLATION, "transactionId: required"),
                arguments("missing required field deep inside", "[2,\"1\",\"SetChargingProfile\",{\"connectorId\":1,"
                        + "\"csChargingProfiles\":{\"chargingProfileId\":1,\"stackLevel\":0,"
                        + "\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\","
                        + "\"chargingSchedule\":{\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":"
                        + "[{\"startPeriod\":0}]}}}]", OCCURENCE_CONSTRAINT_VIOLATION,
                        "csChargingProfiles.chargingSchedule.chargingSchedulePeriod[0].limit: required"),
                arguments("bad enum value", "[2,\"1\",\"Reset\",{\"type\":\"Warm\"}]",
                        PROPERTY_CONSTRAINT_VIOLATION, "Reset.req: type: 'Warm' is not one of [Hard, Soft]"),
                arguments("enum value in the wrong case", "[2,\"1\",\"Reset\",{\"type\":\"soft\"}]",
                        PROPERTY_CONSTRAINT_VIOLATION, "type: 'soft'"),
                arguments("bad dateTime", "[2,\"1\",\"ReserveNow\",{\"connectorId\":1,"
                        + "\"expiryDate\":\"tomorrow noon\",\"idTag\":\"A\",\"reservationId\":1}]",
                        PROPERTY_CONSTRAINT_VIOLATION, "expiryDate: 'tomorrow noon' is not an RFC 3339 date-time"),
                arguments("impossible date", "[2,\"1\",\"ReserveNow\",{\"connectorId\":1,"
                        + "\"expiryDate\":\"2026-02-30T10:00:00Z\",\"idTag\":\"A\",\"reservationId\":1}]",
                        PROPERTY_CONSTRAINT_VIOLATION, "expiryDate"),
                arguments("limit not a multiple of 0.1", "[2,\"1\",\"SetChargingProfile\",{\"connectorId\":1,"
                        + "\"csChargingProfiles\":{\"chargingProfileId\":1,\"stackLevel\":0,"
                        + "\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\","
                        + "\"chargingSchedule\":{\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":"
                        + "[{\"startPeriod\":0,\"limit\":16.05}]}}}]", PROPERTY_CONSTRAINT_VIOLATION,
                        "chargingSchedulePeriod[0].limit: must be a multiple of 0.1"),
                arguments("unknown property", "[2,\"1\",\"Reset\",{\"type\":\"Soft\",\"force\":true}]",
                        FORMATION_VIOLATION, "Reset.req: force: property is not allowed"),
                arguments("repeated property", "[2,\"1\",\"Reset\",{\"type\":\"Soft\",\"type\":\"Hard\"}]",
                        FORMATION_VIOLATION, "type: property appears more than once"),
                arguments("object where a list belongs", "[2,\"1\",\"GetConfiguration\",{\"key\":\"a\"}]",
                        TYPE_CONSTRAINT_VIOLATION, "key: expected array, got string"),
                arguments("null inside a list", "[2,\"1\",\"GetConfiguration\",{\"key\":[\"a\",null]}]",
                        TYPE_CONSTRAINT_VIOLATION, "key[1]"),
                arguments("too deep", "[2,\"1\",\"DataTransfer\",{\"vendorId\":\"v\",\"data\":\"x\",\"x\":"
                        + "[".repeat(100) + "]".repeat(100) + "}]", FORMATION_VIOLATION, "x"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("malformed")
    void isReportedWithTheRightErrorCode(String name, String frame, ErrorCode code, String description) {
        DecodeResult result = OcppCodec.forChargePoint().decode(frame, PendingCalls.NONE);

        assertThat(result).isInstanceOf(DecodeResult.Malformed.class);
        DecodeResult.Malformed malformed = (DecodeResult.Malformed) result;
        assertThat(malformed.errorCode()).isEqualTo(code);
        assertThat(malformed.description()).contains(description);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void isRejectedTheSameWayFromBytes(String name, String frame, ErrorCode code, String description) {
        byte[] utf8 = frame.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DecodeResult result = OcppCodec.forChargePoint().decode(utf8, 0, utf8.length, PendingCalls.NONE);

        assertThat(result).isInstanceOf(DecodeResult.Malformed.class);
        assertThat(((DecodeResult.Malformed) result).errorCode()).isEqualTo(code);
    }

    @org.junit.jupiter.api.Test
    void aMalformedCallIsAnsweredWithACallErrorCarryingItsId() {
        DecodeResult.Malformed malformed = (DecodeResult.Malformed) OcppCodec.forChargePoint()
                .decode("[2,\"abc-1\",\"Reset\",{\"type\":\"Warm\"}]", PendingCalls.NONE);

        CallError reply = malformed.reply().orElseThrow();

        assertThat(reply.messageId()).isEqualTo("abc-1");
        assertThat(OcppCodec.forChargePoint().encode(reply)).isEqualTo("[4,\"abc-1\",\"PropertyConstraintViolation\","
                + "\"Reset.req: type: 'Warm' is not one of [Hard, Soft]\",{}]");
    }

    @org.junit.jupiter.api.Test
    void frameswithoutAReadableIdAreReportedButNotAnswered() {
        DecodeResult.Malformed garbage = (DecodeResult.Malformed) OcppCodec.forChargePoint()
                .decode("[2,", PendingCalls.NONE);
        assertThat(garbage.reply()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aBadCallResultIsReportedToTheCallerNotAnswered() {
        DecodeResult.Malformed bad = (DecodeResult.Malformed) OcppCodec.forChargePoint()
                .decode("[3,\"b-1\",{\"status\":\"Maybe\",\"currentTime\":\"2026-11-25T13:31:58Z\",\"interval\":300}]",
                        id -> Action.BOOT_NOTIFICATION);

        assertThat(bad.errorCode()).isEqualTo(PROPERTY_CONSTRAINT_VIOLATION);
        assertThat(bad.messageId()).isEqualTo("b-1");
        assertThat(bad.description()).startsWith("BootNotification.conf: status: 'Maybe'");
        assertThat(bad.reply()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aCallResultForNoPendingCallIsReported() {
        DecodeResult.Malformed late = (DecodeResult.Malformed) OcppCodec.forChargePoint()
                .decode("[3,\"gone\"," + BOOT_CONF + "]", PendingCalls.NONE);

        assertThat(late.errorCode()).isEqualTo(PROTOCOL_ERROR);
        assertThat(late.messageId()).isEqualTo("gone");
    }
}
