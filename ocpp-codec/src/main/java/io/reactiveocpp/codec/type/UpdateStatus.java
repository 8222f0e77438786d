package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code UpdateStatus}.
 */
public enum UpdateStatus implements SpecEnum {
    ACCEPTED("Accepted"),
    FAILED("Failed"),
    NOT_SUPPORTED("NotSupported"),
    VERSION_MISMATCH("VersionMismatch");

    /** Reads and writes the literal. */
    public static final EnumCodec<UpdateStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    UpdateStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static UpdateStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
