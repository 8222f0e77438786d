package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code DeleteCertificateStatus}.
 */
public enum DeleteCertificateStatus implements SpecEnum {
    ACCEPTED("Accepted"),
    FAILED("Failed"),
    NOT_FOUND("NotFound");

    /** Reads and writes the literal. */
    public static final EnumCodec<DeleteCertificateStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    DeleteCertificateStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static DeleteCertificateStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
