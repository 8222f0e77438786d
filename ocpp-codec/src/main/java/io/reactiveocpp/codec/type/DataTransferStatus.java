package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code DataTransferStatus}.
 */
public enum DataTransferStatus implements SpecEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    UNKNOWN_MESSAGE_ID("UnknownMessageId"),
    UNKNOWN_VENDOR_ID("UnknownVendorId");

    /** Reads and writes the literal. */
    public static final EnumCodec<DataTransferStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    DataTransferStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static DataTransferStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
