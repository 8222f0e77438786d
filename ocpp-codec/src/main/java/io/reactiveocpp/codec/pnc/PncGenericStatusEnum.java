package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * Specifies whether the CSMS can process the request.
 */
public enum PncGenericStatusEnum implements SpecEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    /** Reads and writes the literal. */
    public static final EnumCodec<PncGenericStatusEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    PncGenericStatusEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static PncGenericStatusEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
