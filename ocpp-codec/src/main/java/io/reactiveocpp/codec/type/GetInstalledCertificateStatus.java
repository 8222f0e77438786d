package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code GetInstalledCertificateStatus}.
 */
public enum GetInstalledCertificateStatus implements SpecEnum {
    ACCEPTED("Accepted"),
    NOT_FOUND("NotFound");

    /** Reads and writes the literal. */
    public static final EnumCodec<GetInstalledCertificateStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    GetInstalledCertificateStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static GetInstalledCertificateStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
