package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * Specifies whether the CSMS can process the request.
 */
public enum GenericStatusEnum implements SpecEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    /** Reads and writes the literal. */
    public static final EnumCodec<GenericStatusEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    GenericStatusEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static GenericStatusEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
