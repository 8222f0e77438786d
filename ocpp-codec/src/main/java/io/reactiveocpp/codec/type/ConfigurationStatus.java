package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code ConfigurationStatus}.
 */
public enum ConfigurationStatus implements SpecEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    REBOOT_REQUIRED("RebootRequired"),
    NOT_SUPPORTED("NotSupported");

    /** Reads and writes the literal. */
    public static final EnumCodec<ConfigurationStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    ConfigurationStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static ConfigurationStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
