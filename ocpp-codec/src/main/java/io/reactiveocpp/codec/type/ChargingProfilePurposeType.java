package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code ChargingProfilePurposeType}.
 */
public enum ChargingProfilePurposeType implements SpecEnum {
    CHARGE_POINT_MAX_PROFILE("ChargePointMaxProfile"),
    TX_DEFAULT_PROFILE("TxDefaultProfile"),
    TX_PROFILE("TxProfile");

    /** Reads and writes the literal. */
    public static final EnumCodec<ChargingProfilePurposeType> CODEC = EnumCodec.of(values());

    private final String literal;

    ChargingProfilePurposeType(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static ChargingProfilePurposeType fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
