package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code InstallCertificateStatus}.
 */
public enum InstallCertificateStatus implements SpecEnum {
    ACCEPTED("Accepted"),
    FAILED("Failed"),
    REJECTED("Rejected");

    /** Reads and writes the literal. */
    public static final EnumCodec<InstallCertificateStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    InstallCertificateStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static InstallCertificateStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
