package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code ChargingRateUnitType}.
 */
public enum ChargingRateUnitType implements SpecEnum {
    A("A"),
    W("W");

    /** Reads and writes the literal. */
    public static final EnumCodec<ChargingRateUnitType> CODEC = EnumCodec.of(values());

    private final String literal;

    ChargingRateUnitType(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static ChargingRateUnitType fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
