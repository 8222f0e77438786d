package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code ReadingContext}.
 */
public enum ReadingContext implements SpecEnum {
    INTERRUPTION_BEGIN("Interruption.Begin"),
    INTERRUPTION_END("Interruption.End"),
    SAMPLE_CLOCK("Sample.Clock"),
    SAMPLE_PERIODIC("Sample.Periodic"),
    TRANSACTION_BEGIN("Transaction.Begin"),
    TRANSACTION_END("Transaction.End"),
    TRIGGER("Trigger"),
    OTHER("Other");

    /** Reads and writes the literal. */
    public static final EnumCodec<ReadingContext> CODEC = EnumCodec.of(values());

    private final String literal;

    ReadingContext(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static ReadingContext fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
