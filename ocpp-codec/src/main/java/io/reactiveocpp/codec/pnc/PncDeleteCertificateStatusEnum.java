package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * Charging Station indicates if it can process the request.
 */
public enum PncDeleteCertificateStatusEnum implements SpecEnum {
    ACCEPTED("Accepted"),
    FAILED("Failed"),
    NOT_FOUND("NotFound");

    /** Reads and writes the literal. */
    public static final EnumCodec<PncDeleteCertificateStatusEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    PncDeleteCertificateStatusEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static PncDeleteCertificateStatusEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
