package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * Charging Station indicates if installation was successful.
 */
public enum InstallCertificateStatusEnum implements SpecEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    FAILED("Failed");

    /** Reads and writes the literal. */
    public static final EnumCodec<InstallCertificateStatusEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    InstallCertificateStatusEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static InstallCertificateStatusEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
