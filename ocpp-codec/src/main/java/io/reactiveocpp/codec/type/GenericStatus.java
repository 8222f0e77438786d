package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code GenericStatus}.
 */
public enum GenericStatus implements SpecEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    /** Reads and writes the literal. */
    public static final EnumCodec<GenericStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    GenericStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static GenericStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
