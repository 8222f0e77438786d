package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * Indicates whether the message was processed properly.
 */
public enum PncIso15118EVCertificateStatusEnum implements SpecEnum {
    ACCEPTED("Accepted"),
    FAILED("Failed");

    /** Reads and writes the literal. */
    public static final EnumCodec<PncIso15118EVCertificateStatusEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    PncIso15118EVCertificateStatusEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static PncIso15118EVCertificateStatusEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
