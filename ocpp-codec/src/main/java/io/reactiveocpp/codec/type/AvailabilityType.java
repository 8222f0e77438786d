package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code AvailabilityType}.
 */
public enum AvailabilityType implements SpecEnum {
    INOPERATIVE("Inoperative"),
    OPERATIVE("Operative");

    /** Reads and writes the literal. */
    public static final EnumCodec<AvailabilityType> CODEC = EnumCodec.of(values());

    private final String literal;

    AvailabilityType(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static AvailabilityType fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
