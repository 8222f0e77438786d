package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code ChargingProfileKindType}.
 */
public enum ChargingProfileKindType implements SpecEnum {
    ABSOLUTE("Absolute"),
    RECURRING("Recurring"),
    RELATIVE("Relative");

    /** Reads and writes the literal. */
    public static final EnumCodec<ChargingProfileKindType> CODEC = EnumCodec.of(values());

    private final String literal;

    ChargingProfileKindType(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static ChargingProfileKindType fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
