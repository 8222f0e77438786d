package io.reactiveocpp.codec.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.reactiveocpp.codec.validate.Violation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes a JSON array of one element type. A violation inside an element is reported with its
 * index ({@code sampledValue[3].unit}). Length constraints belong to the record that holds the list.
 */
public final class ListCodec<T> implements JsonCodec<List<T>> {

    private final JsonCodec<Object> element;
    private final int kind;

    @SuppressWarnings("unchecked")
    private ListCodec(JsonCodec<T> element) {
        this.element = (JsonCodec<Object>) element;
        this.kind = CodecKind.of(element);
    }

    public static <T> ListCodec<T> of(JsonCodec<T> element) {
        return new ListCodec<>(element);
    }

    @Override
    public List<T> read(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw Violation.type("array", Json.describe(parser));
        }
        List<T> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            try {
                if (parser.currentToken() == JsonToken.VALUE_NULL) {
                    throw Violation.type("an item", "null");
                }
                @SuppressWarnings("unchecked")
                T item = (T) CodecKind.read(kind, element, parser);
                items.add(item);
            } catch (Violation v) {
                throw v.at("[" + items.size() + "]");
            }
        }
        return items;
    }

    @Override
    public void write(JsonGenerator generator, List<T> value) throws IOException {
        generator.writeStartArray(value, value.size());
        for (int i = 0, n = value.size(); i < n; i++) {
            CodecKind.write(kind, element, generator, value.get(i));
        }
        generator.writeEndArray();
    }
}
