package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code ValueFormat}.
 */
public enum ValueFormat implements SpecEnum {
    RAW("Raw"),
    SIGNED_DATA("SignedData");

    /** Reads and writes the literal. */
    public static final EnumCodec<ValueFormat> CODEC = EnumCodec.of(values());

    private final String literal;

    ValueFormat(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static ValueFormat fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
