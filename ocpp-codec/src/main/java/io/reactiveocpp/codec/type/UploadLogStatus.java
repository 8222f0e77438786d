package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code UploadLogStatus}.
 */
public enum UploadLogStatus implements SpecEnum {
    BAD_MESSAGE("BadMessage"),
    IDLE("Idle"),
    NOT_SUPPORTED_OPERATION("NotSupportedOperation"),
    PERMISSION_DENIED("PermissionDenied"),
    UPLOADED("Uploaded"),
    UPLOAD_FAILURE("UploadFailure"),
    UPLOADING("Uploading");

    /** Reads and writes the literal. */
    public static final EnumCodec<UploadLogStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    UploadLogStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static UploadLogStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
