package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code HashAlgorithm}.
 */
public enum HashAlgorithm implements SpecEnum {
    SHA256("SHA256"),
    SHA384("SHA384"),
    SHA512("SHA512");

    /** Reads and writes the literal. */
    public static final EnumCodec<HashAlgorithm> CODEC = EnumCodec.of(values());

    private final String literal;

    HashAlgorithm(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static HashAlgorithm fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
