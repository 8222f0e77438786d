package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * Charging Station indicates if it can process the request.
 */
public enum DeleteCertificateStatusEnum implements SpecEnum {
    ACCEPTED("Accepted"),
    FAILED("Failed"),
    NOT_FOUND("NotFound");

    /** Reads and writes the literal. */
    public static final EnumCodec<DeleteCertificateStatusEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    DeleteCertificateStatusEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static DeleteCertificateStatusEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
