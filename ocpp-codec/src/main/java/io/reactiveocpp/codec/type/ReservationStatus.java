package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code ReservationStatus}.
 */
public enum ReservationStatus implements SpecEnum {
    ACCEPTED("Accepted"),
    FAULTED("Faulted"),
    OCCUPIED("Occupied"),
    REJECTED("Rejected"),
    UNAVAILABLE("Unavailable");

    /** Reads and writes the literal. */
    public static final EnumCodec<ReservationStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    ReservationStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static ReservationStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
