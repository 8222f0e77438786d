package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code UpdateType}.
 */
public enum UpdateType implements SpecEnum {
    DIFFERENTIAL("Differential"),
    FULL("Full");

    /** Reads and writes the literal. */
    public static final EnumCodec<UpdateType> CODEC = EnumCodec.of(values());

    private final String literal;

    UpdateType(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static UpdateType fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
