package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code LogType}.
 */
public enum LogType implements SpecEnum {
    DIAGNOSTICS_LOG("DiagnosticsLog"),
    SECURITY_LOG("SecurityLog");

    /** Reads and writes the literal. */
    public static final EnumCodec<LogType> CODEC = EnumCodec.of(values());

    private final String literal;

    LogType(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static LogType fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
