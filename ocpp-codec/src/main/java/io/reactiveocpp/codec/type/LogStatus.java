package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code LogStatus}.
 */
public enum LogStatus implements SpecEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    ACCEPTED_CANCELED("AcceptedCanceled");

    /** Reads and writes the literal. */
    public static final EnumCodec<LogStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    LogStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static LogStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
