package io.reactiveocpp.codec.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * A JSON object kept as compact text where the schema leaves its content open: the {@code errorDetails}
 * of a CALLERROR and the vendor properties of OCPP 2.0.1 {@code customData}.
 *
 * @param json the object as compact JSON text, for example {@code {}}
 */
public record RawJson(String json) {

    /** The empty object. */
    public static final RawJson EMPTY_OBJECT = new RawJson("{}");

    public RawJson {
        if (json == null) {
            throw new IllegalArgumentException("json: must not be null");
        }
    }

    /** Parses and re-writes {@code text} compactly; fails with {@link IllegalArgumentException} on non-objects. */
    public static RawJson ofObject(String text) {
        try (JsonParser parser = Json.FACTORY.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object: " + text);
            }
            RawJson value = ValueCodecs.OBJECT.read(parser);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("trailing content after the object: " + text);
            }
            return value;
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    /** Writes nothing new: the text is already JSON. */
    @Override
    public String toString() {
        return json;
    }
}
