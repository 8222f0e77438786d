package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code ClearChargingProfileStatus}.
 */
public enum ClearChargingProfileStatus implements SpecEnum {
    ACCEPTED("Accepted"),
    UNKNOWN("Unknown");

    /** Reads and writes the literal. */
    public static final EnumCodec<ClearChargingProfileStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    ClearChargingProfileStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static ClearChargingProfileStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
