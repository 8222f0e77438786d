package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code AuthorizationStatus}.
 */
public enum AuthorizationStatus implements SpecEnum {
    ACCEPTED("Accepted"),
    BLOCKED("Blocked"),
    EXPIRED("Expired"),
    INVALID("Invalid"),
    CONCURRENT_TX("ConcurrentTx");

    /** Reads and writes the literal. */
    public static final EnumCodec<AuthorizationStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    AuthorizationStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static AuthorizationStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
