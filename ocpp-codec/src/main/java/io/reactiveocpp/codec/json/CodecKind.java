package io.reactiveocpp.codec.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
import java.time.Instant;

/**
 * Calls the common codecs directly instead of through {@link JsonCodec}. The record and list codecs read
 * every property of every message at the same few call sites; through the interface those sites see a
 * dozen codec classes and each value costs an interface dispatch that the JIT cannot inline. Switching
 * on a kind fixed when the table is built turns them into direct, inlinable calls of final classes and
 * static methods. The rare codecs still go through the interface.
 */
final class CodecKind {

    static final int OTHER = 0;
    static final int STRING = 1;
    static final int INTEGER = 2;
    static final int ENUM = 3;
    static final int DATE_TIME = 4;
    static final int OBJECT = 5;
    static final int LIST = 6;

    private CodecKind() {
    }

    static int of(JsonCodec<?> codec) {
        if (codec == ValueCodecs.STRING) {
            return STRING;
        }
        if (codec == ValueCodecs.INTEGER) {
            return INTEGER;
        }
        if (codec == ValueCodecs.DATE_TIME) {
            return DATE_TIME;
        }
        if (codec instanceof EnumCodec) {
            return ENUM;
        }
        if (codec instanceof ObjectCodec) {
            return OBJECT;
        }
        if (codec instanceof ListCodec) {
            return LIST;
        }
        return OTHER;
    }

    static Object read(int kind, JsonCodec<?> codec, JsonParser parser) throws IOException {
        switch (kind) {
            case STRING: return ValueCodecs.readString(parser);
            case INTEGER: return ValueCodecs.readInteger(parser);
            case ENUM: return ((EnumCodec<?>) codec).read(parser);
            case DATE_TIME: return ValueCodecs.readDateTime(parser);
            case OBJECT: return ((ObjectCodec<?>) codec).read(parser);
            case LIST: return ((ListCodec<?>) codec).read(parser);
            default: return codec.read(parser);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void write(int kind, JsonCodec<Object> codec, JsonGenerator generator, Object value) throws IOException {
        switch (kind) {
            case STRING: generator.writeString((String) value); break;
            case INTEGER: generator.writeNumber(((Integer) value).intValue()); break;
            case ENUM: ((EnumCodec) codec).write(generator, (Enum) value); break;
            case DATE_TIME: ValueCodecs.writeDateTime(generator, (Instant) value); break;
            case OBJECT: ((ObjectCodec<Object>) (ObjectCodec) codec).write(generator, value); break;
            case LIST: ((ListCodec) codec).write(generator, (java.util.List) value); break;
            default: codec.write(generator, value);
        }
    }
}
