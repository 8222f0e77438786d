package io.reactiveocpp.codec.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.reactiveocpp.codec.validate.Violation;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and writes a {@link SpecEnum} by its literal; matching is exact (OCPP enumerations are
 * case-sensitive) and is done on the parser's buffer. An unknown literal is a
 * PropertyConstraintViolation that lists the allowed ones.
 */
public final class EnumCodec<E extends Enum<E> & SpecEnum> implements JsonCodec<E> {

    private final NameTable<E> byLiteral;
    private final SerializableString[] literals;
    private final String allowed;

    private EnumCodec(E[] constants) {
        Map<String, E> names = new LinkedHashMap<>();
        literals = new SerializableString[constants.length];
        for (E constant : constants) {
            names.put(constant.literal(), constant);
            literals[constant.ordinal()] = new SerializedString(constant.literal());
        }
        byLiteral = new NameTable<>(names);
        allowed = Arrays.stream(constants).map(SpecEnum::literal).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A codec for the given constants, normally {@code values()}. */
    public static <E extends Enum<E> & SpecEnum> EnumCodec<E> of(E[] constants) {
        return new EnumCodec<>(constants);
    }

    /** The constant with that literal, or {@code null}. */
    public E fromLiteral(String literal) {
        return byLiteral.get(literal);
    }

    @Override
    public E read(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw Violation.type("string", Json.describe(parser));
        }
        E value = byLiteral.get(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        if (value == null) {
            throw Violation.value("", Json.quote(parser.getText()) + " is not one of " + allowed);
        }
        return value;
    }

    @Override
    public void write(JsonGenerator generator, E value) throws IOException {
        generator.writeString(literals[value.ordinal()]);
    }
}
