package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code GetCompositeScheduleStatus}.
 */
public enum GetCompositeScheduleStatus implements SpecEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    /** Reads and writes the literal. */
    public static final EnumCodec<GetCompositeScheduleStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    GetCompositeScheduleStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static GetCompositeScheduleStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
