package io.reactiveocpp.codec.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;

/**
 * Reads and writes values of one type with Jackson's streaming API, by hand-written code: no reflection
 * and no intermediate tree on the hot path.
 *
 * @param <T> the value type
 */
public interface JsonCodec<T> extends Json.Body<T> {

    /**
     * Reads one value. The parser stands on the value's first token; on return it stands on its last.
     *
     * @throws io.reactiveocpp.codec.validate.Violation when the value breaks the schema
     * @throws IOException when the text is not JSON
     */
    T read(JsonParser parser) throws IOException;

    /** Writes a value that is known to be valid (the model cannot be built otherwise). */
    @Override
    void write(JsonGenerator generator, T value) throws IOException;
}
