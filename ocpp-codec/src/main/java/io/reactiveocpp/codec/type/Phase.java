package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code Phase}.
 */
public enum Phase implements SpecEnum {
    L1("L1"),
    L2("L2"),
    L3("L3"),
    N("N"),
    L1_N("L1-N"),
    L2_N("L2-N"),
    L3_N("L3-N"),
    L1_L2("L1-L2"),
    L2_L3("L2-L3"),
    L3_L1("L3-L1");

    /** Reads and writes the literal. */
    public static final EnumCodec<Phase> CODEC = EnumCodec.of(values());

    private final String literal;

    Phase(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static Phase fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
