package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code SignedFirmwareStatus}.
 */
public enum SignedFirmwareStatus implements SpecEnum {
    DOWNLOADED("Downloaded"),
    DOWNLOAD_FAILED("DownloadFailed"),
    DOWNLOADING("Downloading"),
    DOWNLOAD_SCHEDULED("DownloadScheduled"),
    DOWNLOAD_PAUSED("DownloadPaused"),
    IDLE("Idle"),
    INSTALLATION_FAILED("InstallationFailed"),
    INSTALLING("Installing"),
    INSTALLED("Installed"),
    INSTALL_REBOOTING("InstallRebooting"),
    INSTALL_SCHEDULED("InstallScheduled"),
    INSTALL_VERIFICATION_FAILED("InstallVerificationFailed"),
    INVALID_SIGNATURE("InvalidSignature"),
    SIGNATURE_VERIFIED("SignatureVerified");

    /** Reads and writes the literal. */
    public static final EnumCodec<SignedFirmwareStatus> CODEC = EnumCodec.of(values());

    private final String literal;

    SignedFirmwareStatus(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static SignedFirmwareStatus fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
