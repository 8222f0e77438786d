package io.reactiveocpp.codec.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON equality for tests: same structure and values, numbers compared by value (32.0 equals 32). */
public final class JsonAssert {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonAssert() {
    }

    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that two JSON texts are equal as JSON. */
    public static void assertJsonEquals(String actual, String expected) {
        JsonNode a = tree(actual);
        JsonNode e = tree(expected);
        assertThat(a.equals(BY_VALUE, e)).as("JSON\n  actual:   %s\n  expected: %s", actual, expected).isTrue();
    }
}
