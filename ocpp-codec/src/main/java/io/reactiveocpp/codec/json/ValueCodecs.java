package io.reactiveocpp.codec.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.reactiveocpp.codec.validate.Violation;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Codecs of the scalar OCPP types. Type mismatches are TypeConstraintViolations; values of the right
 * type that the schema forbids (an unparseable dateTime, an integer beyond 32 bits) are
 * PropertyConstraintViolations.
 */
public final class ValueCodecs {

    private ValueCodecs() {
    }

    /** A JSON string; length limits are checked by the record that holds it. */
    public static final JsonCodec<String> STRING = new JsonCodec<>() {
        @Override
        public String read(JsonParser parser) throws IOException {
            return readString(parser);
        }

        @Override
        public void write(JsonGenerator generator, String value) throws IOException {
            generator.writeString(value);
        }
    };

    /**
     * A JSON Schema {@code integer} held in 32 bits. As draft-07 defines integers by value, {@code 5.0} is
     * accepted as 5; {@code 5.5} is a type violation.
     */
    public static final JsonCodec<Integer> INTEGER = new JsonCodec<>() {
        @Override
        public Integer read(JsonParser parser) throws IOException {
            return readInteger(parser);
        }

        @Override
        public void write(JsonGenerator generator, Integer value) throws IOException {
            generator.writeNumber(value.intValue());
        }
    };

    /** A JSON boolean. */
    public static final JsonCodec<Boolean> BOOLEAN = new JsonCodec<>() {
        @Override
        public Boolean read(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_TRUE) {
                return Boolean.TRUE;
            }
            if (token == JsonToken.VALUE_FALSE) {
                return Boolean.FALSE;
            }
            throw Violation.type("boolean", Json.describe(parser));
        }

        @Override
        public void write(JsonGenerator generator, Boolean value) throws IOException {
            generator.writeBoolean(value);
        }
    };

    /** A JSON number kept exactly, as OCPP's decimals (charging limits with multipleOf 0.1) need. */
    public static final JsonCodec<BigDecimal> DECIMAL = new JsonCodec<>() {
        @Override
        public BigDecimal read(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                throw Violation.type("number", Json.describe(parser));
            }
            return parser.getDecimalValue();
        }

        @Override
        public void write(JsonGenerator generator, BigDecimal value) throws IOException {
            generator.writeNumber(value);
        }
    };

    /** An OCPP dateTime; see {@link Timestamps} for what is accepted and how it is written. */
    public static final JsonCodec<Instant> DATE_TIME = new JsonCodec<>() {
        @Override
        public Instant read(JsonParser parser) throws IOException {
            return readDateTime(parser);
        }

        @Override
        public void write(JsonGenerator generator, Instant value) throws IOException {
            writeDateTime(generator, value);
        }
    };

    /** Reads a JSON string, as {@link #STRING} does. */
    static String readString(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw Violation.type("string", Json.describe(parser));
        }
        return parser.getText();
    }

    /** Reads a 32-bit integer, as {@link #INTEGER} does. */
    static Integer readInteger(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (parser.getNumberType() == JsonParser.NumberType.INT) {
                return parser.getIntValue();
            }
            throw Violation.value("", "integer out of the 32-bit range: " + parser.getText());
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal value = parser.getDecimalValue();
            if (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0) {
                try {
                    return value.intValueExact();
                } catch (ArithmeticException e) {
                    throw Violation.value("", "integer out of the 32-bit range: " + parser.getText());
                }
            }
        }
        throw Violation.type("integer", Json.describe(parser));
    }

    /** Reads an OCPP dateTime, as {@link #DATE_TIME} does. */
    static Instant readDateTime(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw Violation.type("date-time string", Json.describe(parser));
        }
        Instant value = Timestamps.parse(parser.getTextCharacters(), parser.getTextOffset(),
                parser.getTextLength());
        if (value == null) {
            throw Violation.value("", Json.quote(parser.getText()) + " is not an RFC 3339 date-time");
        }
        return value;
    }

    /** Writes an OCPP dateTime in its canonical form, as {@link #DATE_TIME} does. */
    static void writeDateTime(JsonGenerator generator, Instant value) throws IOException {
        // The codec's own writers lend their scratch space; another generator's caller gets a small array.
        Json.TimestampScratch scratch = generator.getOutputTarget() instanceof Json.ScratchOwner owner
                ? owner.timestampScratch() : null;
        char[] out = scratch != null ? scratch.chars : new char[Timestamps.CANONICAL_LENGTH + 2];
        int length = Timestamps.format(value, out, 1);
        if (length < 0) {
            generator.writeString(value.toString());
            return;
        }
        // digits, '-', ':', '.', 'T' and 'Z' need no escaping and are one byte each in UTF-8
        byte[] utf8 = scratch != null ? scratch.utf8 : null;
        if (utf8 != null) {
            for (int i = 0; i < length; i++) {
                utf8[i] = (byte) out[i + 1];
            }
            generator.writeRawUTF8String(utf8, 0, length);
        } else {
            out[0] = '"';
            out[length + 1] = '"';
            generator.writeRawValue(out, 0, length + 2);
        }
    }

    /** Any JSON object, kept as compact text. */
    public static final JsonCodec<RawJson> OBJECT = new JsonCodec<>() {
        @Override
        public RawJson read(JsonParser parser) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw Violation.type("object", Json.describe(parser));
            }
            StringWriter out = new StringWriter();
            try (JsonGenerator generator = Json.FACTORY.createGenerator(out)) {
                generator.copyCurrentStructure(parser);
            }
            return new RawJson(out.toString());
        }

        @Override
        public void write(JsonGenerator generator, RawJson value) throws IOException {
            generator.writeRawValue(value.json());
        }
    };
}
