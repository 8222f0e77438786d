package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code TriggerMessageStatus}.
 */
public enum TriggerMessageStatus implements SpecEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    NOT_IMPLEMENTED("NotImplemented");

    /** Reads and writes the literal. */
    public static final EnumCodec<TriggerMessageStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    TriggerMessageStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static TriggerMessageStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
