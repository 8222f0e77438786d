package io.reactiveocpp.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.action.Role;
import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.frame.CallError;
import io.reactiveocpp.codec.frame.CallResult;
import io.reactiveocpp.codec.frame.ErrorCode;
import io.reactiveocpp.codec.frame.OcppFrame;
import io.reactiveocpp.codec.json.Json;
import io.reactiveocpp.codec.json.RawJson;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.validate.Violation;

import java.io.IOException;

/**
 * Turns OCPP-J 1.6 text frames into typed {@link OcppFrame}s and back, for one side of the connection.
 *
 * <p>Decoding is one streaming pass: the envelope is read, the action (for a CALL) or the pending call
 * (for a CALLRESULT) picks the payload type, and the payload is read straight into its record. Bad input
 * never throws: it comes back as a {@link DecodeResult.Malformed} carrying the OCPP-J error code:
 * <table>
 *   <caption>error codes</caption>
 *   <tr><td>not JSON, not an array, an element of the wrong type, an unknown message type, elements
 *       beyond the frame's, a message id over 36 characters, a payload property the schema does not
 *       allow or that appears twice</td><td>FormationViolation</td></tr>
 *   <tr><td>fewer elements than the frame's</td><td>ProtocolError</td></tr>
 *   <tr><td>an unknown action</td><td>NotImplemented</td></tr>
 *   <tr><td>an action this side does not receive (a charge point sent BootNotification)</td>
 *       <td>NotSupported</td></tr>
 *   <tr><td>a required payload property missing, too few or too many list items</td>
 *       <td>OccurenceConstraintViolation</td></tr>
 *   <tr><td>a payload value of the wrong JSON type</td><td>TypeConstraintViolation</td></tr>
 *   <tr><td>a value of the right type the schema forbids: too long, not an enum literal, not a
 *       date-time, beyond 32 bits, not a multiple of 0.1</td><td>PropertyConstraintViolation</td></tr>
 * </table>
 * The description names the action and the field: {@code MeterValues.req: meterValue[0].sampledValue[2].unit:
 * 'kwh' is not one of [...]}.
 *
 * <p>Encoding writes canonical JSON (UTC timestamps with milliseconds, no absent optional properties) of
 * records that cannot be built invalid, so everything written validates against the official schemas.
 *
 * <p>Thread-safe and allocation-lean; one instance per role can serve a whole process.
 */
public final class OcppCodec {

    /** The action names, quoted once, so that writing a CALL copies them instead of escaping them anew. */
    private static final SerializableString[] QUOTED_ACTIONS = java.util.Arrays.stream(Action.values())
            .map(action -> new SerializedString(action.wireName()))
            .toArray(SerializableString[]::new);

    private static final OcppCodec CHARGE_POINT = new OcppCodec(Role.CHARGE_POINT);
    private static final OcppCodec CENTRAL_SYSTEM = new OcppCodec(Role.CENTRAL_SYSTEM);

    private final Role role;

    private OcppCodec(Role role) {
        this.role = role;
    }

    /** The codec of a charge point: it receives the central system's calls. */
    public static OcppCodec forChargePoint() {
        return CHARGE_POINT;
    }

    /** The codec of a central system: it receives the charge point's calls. */
    public static OcppCodec forCentralSystem() {
        return CENTRAL_SYSTEM;
    }

    /** The side this codec works for. */
    public Role role() {
        return role;
    }

    /** Decodes one text frame; see the class documentation for the error codes. */
    public DecodeResult decode(String text, PendingCalls pending) {
        try (JsonParser parser = Json.FACTORY.createParser(text)) {
            return decode(parser, pending);
        } catch (IOException e) {
            return new DecodeResult.Malformed(0, null, ErrorCode.FORMATION_VIOLATION, "not JSON: " + brief(e));
        }
    }

    /** Decodes one text frame given as UTF-8 bytes, as a WebSocket text frame carries it. */
    public DecodeResult decode(byte[] utf8, int offset, int length, PendingCalls pending) {
        try (JsonParser parser = Json.FACTORY.createParser(utf8, offset, length)) {
            return decode(parser, pending);
        } catch (IOException e) {
            return new DecodeResult.Malformed(0, null, ErrorCode.FORMATION_VIOLATION, "not JSON: " + brief(e));
        }
    }

    private DecodeResult decode(JsonParser parser, PendingCalls pending) throws IOException {
        FrameReader frame = new FrameReader(parser);
        try {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return frame.failValue(ErrorCode.FORMATION_VIOLATION, "an OCPP-J message is a JSON array, got "
                        + Json.describe(parser));
            }
            frame.readTypeAndId();
            OcppFrame decoded;
            switch (frame.typeId) {
                case Call.TYPE_ID:
                    decoded = frame.readCall(role);
                    break;
                case CallResult.TYPE_ID:
                    decoded = frame.readCallResult(pending);
                    break;
                default:
                    decoded = frame.readCallError();
            }
            frame.readEnd();
            return new DecodeResult.Decoded(decoded);
        } catch (FrameReader.Failure failure) {
            return failure.result;
        } catch (StreamConstraintsException e) {
            return frame.failValue(ErrorCode.FORMATION_VIOLATION, "too large or too deep: " + brief(e));
        } catch (IOException e) {
            return frame.failValue(ErrorCode.FORMATION_VIOLATION, "not JSON: " + brief(e));
        }
    }

    /** Encodes a frame as OCPP-J text. */
    public String encode(OcppFrame frame) {
        return Json.write(OcppCodec::write, frame);
    }

    /** Encodes a frame as OCPP-J text in UTF-8, the bytes of a WebSocket text frame. */
    public byte[] encodeUtf8(OcppFrame frame) {
        return Json.writeUtf8(OcppCodec::write, frame);
    }

    /** Writes a frame to a generator, for callers that manage their own output. */
    public static void write(JsonGenerator generator, OcppFrame frame) throws IOException {
        generator.writeStartArray();
        generator.writeNumber(frame.messageTypeId());
        generator.writeString(frame.messageId());
        if (frame instanceof Call) {
            Call call = (Call) frame;
            Request<?> payload = call.payload();
            Action action = payload.action();
            generator.writeString(QUOTED_ACTIONS[action.ordinal()]);
            action.requestCodec().write(generator, payload);
        } else if (frame instanceof CallResult) {
            Confirmation payload = ((CallResult) frame).payload();
            payload.action().confirmationCodec().write(generator, payload);
        } else {
            CallError error = (CallError) frame;
            generator.writeString(error.errorCode().wire());
            generator.writeString(error.errorDescription());
            ValueCodecs.OBJECT.write(generator, error.errorDetails());
        }
        generator.writeEndArray();
    }

    private static String brief(IOException e) {
        String message = e.getMessage();
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
    }

    /** The state of reading one frame: what is known so far goes into a failure. */
    private static final class FrameReader {
        private final JsonParser parser;
        int typeId;
        String messageId;

        FrameReader(JsonParser parser) {
            this.parser = parser;
        }

        void readTypeAndId() throws IOException {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                throw failure(ErrorCode.PROTOCOL_ERROR, "the message has no message type");
            }
            if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
                throw failure(ErrorCode.FORMATION_VIOLATION, "the message type must be 2, 3 or 4, got "
                        + Json.describe(parser));
            }
            int type = parser.getIntValue();
            if (type < Call.TYPE_ID || type > CallError.TYPE_ID) {
                throw failure(ErrorCode.FORMATION_VIOLATION, "unknown message type " + type);
            }
            typeId = type;
            token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                throw failure(ErrorCode.PROTOCOL_ERROR, "the message has no message id");
            }
            if (token != JsonToken.VALUE_STRING) {
                throw failure(ErrorCode.FORMATION_VIOLATION, "the message id must be a string, got "
                        + Json.describe(parser));
            }
            String id = parser.getText();
            if (id.length() > OcppFrame.MAX_MESSAGE_ID_LENGTH) {
                throw failure(ErrorCode.FORMATION_VIOLATION, "the message id is longer than "
                        + OcppFrame.MAX_MESSAGE_ID_LENGTH + " characters");
            }
            messageId = id;
        }

        Call readCall(Role role) throws IOException {
            if (nextElement("action") != JsonToken.VALUE_STRING) {
                throw failure(ErrorCode.FORMATION_VIOLATION, "the action must be a string, got "
                        + Json.describe(parser));
            }
            Action action = Action.byName(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
            if (action == null) {
                throw failure(ErrorCode.NOT_IMPLEMENTED, "unknown action " + Json.quote(parser.getText()));
            }
            if (!action.initiator().sends(role.peer())) {
                throw failure(ErrorCode.NOT_SUPPORTED, action.wireName() + " is not sent to a "
                        + (role == Role.CHARGE_POINT ? "charge point" : "central system"));
            }
            nextElement("payload");
            return new Call(messageId, (Request<?>) payload(action.wireName() + ".req", action.requestCodec()));
        }

        CallResult readCallResult(PendingCalls pending) throws IOException {
            nextElement("payload");
            Action action = pending.actionOf(messageId);
            if (action == null) {
                throw failure(ErrorCode.PROTOCOL_ERROR, "no call is pending with this message id");
            }
            return new CallResult(messageId, (Confirmation) payload(action.wireName() + ".conf",
                    action.confirmationCodec()));
        }

        CallError readCallError() throws IOException {
            if (nextElement("error code") != JsonToken.VALUE_STRING) {
                throw failure(ErrorCode.FORMATION_VIOLATION, "the error code must be a string");
            }
            ErrorCode code = ErrorCode.fromWire(parser.getText());
            // Tolerant: some backends leave out the description or the details.
            String description = "";
            RawJson details = RawJson.EMPTY_OBJECT;
            JsonToken token = parser.nextToken();
            if (token == JsonToken.VALUE_STRING) {
                description = parser.getText();
                token = parser.nextToken();
            } else if (token != JsonToken.END_ARRAY && token != JsonToken.START_OBJECT) {
                throw failure(ErrorCode.FORMATION_VIOLATION, "the error description must be a string");
            }
            if (token == JsonToken.START_OBJECT) {
                details = ValueCodecs.OBJECT.read(parser);
            } else if (token != JsonToken.END_ARRAY) {
                throw failure(ErrorCode.FORMATION_VIOLATION, "the error details must be an object");
            }
            if (token == JsonToken.END_ARRAY) {
                parser.clearCurrentToken();
            }
            return new CallError(messageId, code, description, details);
        }

        void readEnd() throws IOException {
            if (parser.currentToken() != null && parser.nextToken() != JsonToken.END_ARRAY) {
                throw failure(ErrorCode.FORMATION_VIOLATION, "the message has more elements than a "
                        + (typeId == Call.TYPE_ID ? "CALL" : typeId == CallResult.TYPE_ID ? "CALLRESULT" : "CALLERROR"));
            }
            if (parser.nextToken() != null) {
                throw failure(ErrorCode.FORMATION_VIOLATION, "content after the message");
            }
        }

        private JsonToken nextElement(String what) throws IOException {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                throw failure(ErrorCode.PROTOCOL_ERROR, "the message has no " + what);
            }
            return token;
        }

        private Object payload(String name, io.reactiveocpp.codec.json.JsonCodec<?> codec) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw failure(ErrorCode.FORMATION_VIOLATION, name + ": the payload must be an object, got "
                        + Json.describe(parser));
            }
            try {
                return codec.read(parser);
            } catch (Violation v) {
                throw failure(v.code(), name + ": " + v.getMessage());
            }
        }

        Failure failure(ErrorCode code, String description) {
            return new Failure(failValue(code, description));
        }

        DecodeResult.Malformed failValue(ErrorCode code, String description) {
            return new DecodeResult.Malformed(typeId, messageId, code, description);
        }

        /** Unwinds the reader to {@link #decode}; never escapes this class. */
        static final class Failure extends RuntimeException {
            final transient DecodeResult.Malformed result;

            Failure(DecodeResult.Malformed result) {
                super(result.description(), null, false, false);
                this.result = result;
            }
        }
    }
}
