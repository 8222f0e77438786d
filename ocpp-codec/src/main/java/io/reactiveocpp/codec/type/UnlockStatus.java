package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code UnlockStatus}.
 */
public enum UnlockStatus implements SpecEnum {
    UNLOCKED("Unlocked"),
    UNLOCK_FAILED("UnlockFailed"),
    NOT_SUPPORTED("NotSupported");

    /** Reads and writes the literal. */
    public static final EnumCodec<UnlockStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    UnlockStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static UnlockStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
