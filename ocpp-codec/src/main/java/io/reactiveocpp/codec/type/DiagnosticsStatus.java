package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code DiagnosticsStatus}.
 */
public enum DiagnosticsStatus implements SpecEnum {
    IDLE("Idle"),
    UPLOADED("Uploaded"),
    UPLOAD_FAILED("UploadFailed"),
    UPLOADING("Uploading");

    /** Reads and writes the literal. */
    public static final EnumCodec<DiagnosticsStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    DiagnosticsStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static DiagnosticsStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
