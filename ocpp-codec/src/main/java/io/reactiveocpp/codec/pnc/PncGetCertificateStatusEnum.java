package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * This indicates whether the charging station was able to retrieve the OCSP certificate status.
 */
public enum PncGetCertificateStatusEnum implements SpecEnum {
    ACCEPTED("Accepted"),
    FAILED("Failed");

    /** Reads and writes the literal. */
    public static final EnumCodec<PncGetCertificateStatusEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    PncGetCertificateStatusEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static PncGetCertificateStatusEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
