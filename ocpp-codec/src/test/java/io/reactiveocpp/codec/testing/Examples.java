package io.reactiveocpp.codec.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Realistic example payloads of every message (test resources {@code examples/ocpp16.json} and
 * {@code examples/pnc.json}): for each schema id a {@code full} one with every property the schema
 * defines, and a {@code minimal} one with only the required properties.
 */
public final class Examples {

    private static final JsonNode OCPP16 = load("/examples/ocpp16.json");
    private static final JsonNode PNC = load("/examples/pnc.json");

    private Examples() {
    }

    /** One example: its schema id ({@code MeterValues.req}), variant and payload. */
    public record Example(String id, String variant, JsonNode payload) {
        public String action() {
            return id.substring(0, id.indexOf('.'));
        }

        public boolean isRequest() {
            return id.endsWith(".req");
        }

        public String json() {
            return payload.toString();
        }

        @Override
        public String toString() {
            return id + " (" + variant + ")";
        }
    }

    public static List<Example> ocpp16() {
        return list(OCPP16);
    }

    public static List<Example> pnc() {
        return list(PNC);
    }

    /** The full example of one id. */
    public static Example ocpp16(String id) {
        return new Example(id, "full", OCPP16.get(id).get("full"));
    }

    private static List<Example> list(JsonNode root) {
        List<Example> out = new ArrayList<>();
        for (Iterator<String> ids = root.fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            out.add(new Example(id, "full", root.get(id).get("full")));
            out.add(new Example(id, "minimal", root.get(id).get("minimal")));
        }
        return out;
    }

    private static JsonNode load(String resource) {
        try (InputStream in = Examples.class.getResourceAsStream(resource)) {
            return JsonAssert.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
