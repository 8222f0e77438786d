package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * Returns whether certificate signing has been accepted, otherwise rejected.
 */
public enum CertificateSignedStatusEnum implements SpecEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    /** Reads and writes the literal. */
    public static final EnumCodec<CertificateSignedStatusEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    CertificateSignedStatusEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static CertificateSignedStatusEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
