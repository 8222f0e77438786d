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
 * static methods. Nested records and lists still go through the interface: that costs a dispatch per
 * nested value only, and it keeps the JIT from inlining a record's reader into its parent's, which made
 * the compiled code of the innermost loop differ from one run to the next.
 */
final class CodecKind {

    static final int OTHER = 0;
    static final int STRING = 1;
    static final int INTEGER = 2;
    static final int ENUM = 3;
    static final int DATE_TIME = 4;

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
        return OTHER;
    }

    static Object read(int kind, JsonCodec<?> codec, JsonParser parser) throws IOException {
        switch (kind) {
            case STRING: return ValueCodecs.readString(parser);
            case INTEGER: return ValueCodecs.readInteger(parser);
            case ENUM: return ((EnumCodec<?>) codec).read(parser);
            case DATE_TIME: return ValueCodecs.readDateTime(parser);
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
            default: codec.write(generator, value);
        }
    }
}
