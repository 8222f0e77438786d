package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * Charging Station indicates if it can process the request.
 */
public enum PncGetInstalledCertificateStatusEnum implements SpecEnum {
    ACCEPTED("Accepted"),
    NOT_FOUND("NotFound");

    /** Reads and writes the literal. */
    public static final EnumCodec<PncGetInstalledCertificateStatusEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    PncGetInstalledCertificateStatusEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static PncGetInstalledCertificateStatusEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
