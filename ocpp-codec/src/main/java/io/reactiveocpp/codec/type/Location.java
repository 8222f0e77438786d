package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code Location}.
 */
public enum Location implements SpecEnum {
    CABLE("Cable"),
    EV("EV"),
    INLET("Inlet"),
    OUTLET("Outlet"),
    BODY("Body");

    /** Reads and writes the literal. */
    public static final EnumCodec<Location> CODEC = EnumCodec.of(values());

    private final String literal;

    Location(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static Location fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
