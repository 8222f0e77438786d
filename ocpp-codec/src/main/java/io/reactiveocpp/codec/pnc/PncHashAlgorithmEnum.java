package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * Used algorithms for the hashes provided.
 */
public enum PncHashAlgorithmEnum implements SpecEnum {
    SHA256("SHA256"),
    SHA384("SHA384"),
    SHA512("SHA512");

    /** Reads and writes the literal. */
    public static final EnumCodec<PncHashAlgorithmEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    PncHashAlgorithmEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static PncHashAlgorithmEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
