package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * Charging Station indicates if installation was successful.
 */
public enum PncInstallCertificateStatusEnum implements SpecEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    FAILED("Failed");

    /** Reads and writes the literal. */
    public static final EnumCodec<PncInstallCertificateStatusEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    PncInstallCertificateStatusEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static PncInstallCertificateStatusEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
