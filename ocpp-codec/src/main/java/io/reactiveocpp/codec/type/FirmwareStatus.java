package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code FirmwareStatus}.
 */
public enum FirmwareStatus implements SpecEnum {
    DOWNLOADED("Downloaded"),
    DOWNLOAD_FAILED("DownloadFailed"),
    DOWNLOADING("Downloading"),
    IDLE("Idle"),
    INSTALLATION_FAILED("InstallationFailed"),
    INSTALLING("Installing"),
    INSTALLED("Installed");

    /** Reads and writes the literal. */
    public static final EnumCodec<FirmwareStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    FirmwareStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static FirmwareStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
