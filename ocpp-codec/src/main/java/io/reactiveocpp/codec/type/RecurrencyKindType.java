package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code RecurrencyKindType}.
 */
public enum RecurrencyKindType implements SpecEnum {
    DAILY("Daily"),
    WEEKLY("Weekly");

    /** Reads and writes the literal. */
    public static final EnumCodec<RecurrencyKindType> CODEC = EnumCodec.of(values());

    private final String literal;

    RecurrencyKindType(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static RecurrencyKindType fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
