package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code ChargingProfileStatus}.
 */
public enum ChargingProfileStatus implements SpecEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    NOT_SUPPORTED("NotSupported");

    /** Reads and writes the literal. */
    public static final EnumCodec<ChargingProfileStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    ChargingProfileStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static ChargingProfileStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
