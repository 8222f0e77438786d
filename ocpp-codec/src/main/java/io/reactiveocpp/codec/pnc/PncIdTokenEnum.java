package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * Enumeration of possible idToken types.
 */
public enum PncIdTokenEnum implements SpecEnum {
    CENTRAL("Central"),
    EMAID("eMAID"),
    ISO14443("ISO14443"),
    ISO15693("ISO15693"),
    KEY_CODE("KeyCode"),
    LOCAL("Local"),
    MAC_ADDRESS("MacAddress"),
    NO_AUTHORIZATION("NoAuthorization");

    /** Reads and writes the literal. */
    public static final EnumCodec<PncIdTokenEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    PncIdTokenEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static PncIdTokenEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
