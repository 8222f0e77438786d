package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * Returns whether certificate signing has been accepted, otherwise rejected.
 */
public enum PncCertificateSignedStatusEnum implements SpecEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    /** Reads and writes the literal. */
    public static final EnumCodec<PncCertificateSignedStatusEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    PncCertificateSignedStatusEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static PncCertificateSignedStatusEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
