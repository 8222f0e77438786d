package io.reactiveocpp.codec.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The one configured Jackson factory of the codec, and the few helpers every codec shares. */
public final class Json {

    /**
     * Shared, thread-safe. Field names are interned (the readers compare them by identity first); deep
     * nesting and huge documents are refused before they cost memory (an OCPP payload nests at most a
     * handful of levels, and its longest field is a 10,000-character certificate chain).
     */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(1 << 20)
                    .maxNumberLength(64)
                    .build())
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private Json() {
    }

    /** Writes one value to a string with recycled buffers, as Jackson's own {@code writeValueAsString} does. */
    public static <T> String write(JsonCodec<T> codec, T value) {
        return write((generator, v) -> codec.write(generator, v), value);
    }

    /** Writes whatever {@code body} generates to a string. */
    public static <T> String write(Body<T> body, T value) {
        BufferRecycler recycler = FACTORY._getBufferRecycler();
        try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
            try (JsonGenerator generator = FACTORY.createGenerator(out)) {
                body.write(generator, value);
            }
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        } finally {
            recycler.releaseToPool();
        }
    }

    /** A piece of generator code; see {@link #write(Body, Object)}. */
    @FunctionalInterface
    public interface Body<T> {
        void write(JsonGenerator generator, T value) throws IOException;
    }

    /** {@code 'text'}, cut to 40 characters, for quoting bad input in an error description. */
    public static String quote(String text) {
        return text.length() <= 40 ? "'" + text + "'" : "'" + text.substring(0, 37) + "...'";
    }

    /** A short name of the current token for "expected X, got Y" messages. */
    public static String describe(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_OBJECT: return "object";
            case START_ARRAY: return "array";
            case VALUE_STRING: return "string";
            case VALUE_NUMBER_INT: return "integer";
            case VALUE_NUMBER_FLOAT: return "number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "boolean";
            case VALUE_NULL: return "null";
            default: return token.asString() == null ? token.name() : token.asString();
        }
    }
}
