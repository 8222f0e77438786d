package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code AvailabilityStatus}.
 */
public enum AvailabilityStatus implements SpecEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    SCHEDULED("Scheduled");

    /** Reads and writes the literal. */
    public static final EnumCodec<AvailabilityStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    AvailabilityStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static AvailabilityStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
