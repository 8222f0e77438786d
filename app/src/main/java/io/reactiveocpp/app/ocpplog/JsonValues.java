package io.reactiveocpp.app.ocpplog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON text as plain values, read and written with Jackson's streaming core: an object is a {@link LinkedHashMap}
 * (members in order; a repeated name keeps its first place and its last value), an array an {@link ArrayList}, a
 * string a {@link String}, an integer an {@link Integer}, {@link Long} or {@link BigInteger} as it fits, any other
 * number a {@link Double}, {@code true}/{@code false} a {@link Boolean}, {@code null} {@code null}. That is what
 * jackson-databind's tree model made of the OCPP log's frames, and it writes back the same text; without databind
 * the log, which reads every frame from the first BootNotification on, does not load its 300 classes at start.
 */
final class JsonValues {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonValues() {
    }

    /** The first value of {@code text}; {@link #NONE} when the text holds none or is not JSON. */
    static Object read(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return parser.nextToken() == null ? NONE : value(parser);
        } catch (JsonProcessingException e) {
            return NONE;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string cannot fail to be read
        }
    }

    /** Stands for "no JSON value", as {@code null} is JSON's {@code null}. */
    static final Object NONE = new Object();

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, value(parser));
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_STRING: return parser.getText();
            case VALUE_NUMBER_INT: return parser.getNumberValue();
            case VALUE_NUMBER_FLOAT: return parser.getDoubleValue();
            case VALUE_TRUE: return Boolean.TRUE;
            case VALUE_FALSE: return Boolean.FALSE;
            case VALUE_NULL: return null;
            default: throw new IllegalStateException("unexpected " + token); // the parser reports no other value token
        }
    }

    /** The JSON text of a value {@link #read} made (or changed). */
    static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter cannot fail
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(JsonGenerator generator, Object value) throws IOException {
        if (value instanceof Map<?, ?> object) {
            generator.writeStartObject();
            for (Map.Entry<String, Object> member : ((Map<String, Object>) object).entrySet()) {
                generator.writeFieldName(member.getKey());
                write(generator, member.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> array) {
            generator.writeStartArray();
            for (Object element : array) {
                write(generator, element);
            }
            generator.writeEndArray();
        } else if (value instanceof String string) {
            generator.writeString(string);
        } else if (value instanceof Integer number) {
            generator.writeNumber(number);
        } else if (value instanceof Long number) {
            generator.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            generator.writeNumber(number);
        } else if (value instanceof Double number) {
            generator.writeNumber(number);
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value == null) {
            generator.writeNull();
        } else {
            throw new IllegalArgumentException("not a value JsonValues.read makes: " + value.getClass().getName());
        }
    }
}
