package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code ChargePointStatus}.
 */
public enum ChargePointStatus implements SpecEnum {
    AVAILABLE("Available"),
    PREPARING("Preparing"),
    CHARGING("Charging"),
    SUSPENDED_EVSE("SuspendedEVSE"),
    SUSPENDED_EV("SuspendedEV"),
    FINISHING("Finishing"),
    RESERVED("Reserved"),
    UNAVAILABLE("Unavailable"),
    FAULTED("Faulted");

    /** Reads and writes the literal. */
    public static final EnumCodec<ChargePointStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    ChargePointStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static ChargePointStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
