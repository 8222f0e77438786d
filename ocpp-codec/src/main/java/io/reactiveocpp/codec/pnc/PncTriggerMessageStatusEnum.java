package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * Indicates whether the Charging Station will send the requested notification or not.
 */
public enum PncTriggerMessageStatusEnum implements SpecEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    NOT_IMPLEMENTED("NotImplemented");

    /** Reads and writes the literal. */
    public static final EnumCodec<PncTriggerMessageStatusEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    PncTriggerMessageStatusEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static PncTriggerMessageStatusEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
