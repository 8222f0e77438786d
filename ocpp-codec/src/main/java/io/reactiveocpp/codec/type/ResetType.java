package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code ResetType}.
 */
public enum ResetType implements SpecEnum {
    HARD("Hard"),
    SOFT("Soft");

    /** Reads and writes the literal. */
    public static final EnumCodec<ResetType> CODEC = EnumCodec.of(values());

    private final String literal;

    ResetType(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static ResetType fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
