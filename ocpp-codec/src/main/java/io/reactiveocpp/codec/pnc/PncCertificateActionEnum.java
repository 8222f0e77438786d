package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * Defines whether certificate needs to be installed or updated.
 */
public enum PncCertificateActionEnum implements SpecEnum {
    INSTALL("Install"),
    UPDATE("Update");

    /** Reads and writes the literal. */
    public static final EnumCodec<PncCertificateActionEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    PncCertificateActionEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static PncCertificateActionEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
