package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code UpdateFirmwareStatus}.
 */
public enum UpdateFirmwareStatus implements SpecEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    ACCEPTED_CANCELED("AcceptedCanceled"),
    INVALID_CERTIFICATE("InvalidCertificate"),
    REVOKED_CERTIFICATE("RevokedCertificate");

    /** Reads and writes the literal. */
    public static final EnumCodec<UpdateFirmwareStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    UpdateFirmwareStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static UpdateFirmwareStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
