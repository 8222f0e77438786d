package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code RegistrationStatus}.
 */
public enum RegistrationStatus implements SpecEnum {
    ACCEPTED("Accepted"),
    PENDING("Pending"),
    REJECTED("Rejected");

    /** Reads and writes the literal. */
    public static final EnumCodec<RegistrationStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    RegistrationStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static RegistrationStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
