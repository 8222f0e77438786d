package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * Indicates the certificate type that is sent.
 */
public enum PncInstallCertificateUseEnum implements SpecEnum {
    V2_G_ROOT_CERTIFICATE("V2GRootCertificate"),
    MO_ROOT_CERTIFICATE("MORootCertificate"),
    CSMS_ROOT_CERTIFICATE("CSMSRootCertificate"),
    MANUFACTURER_ROOT_CERTIFICATE("ManufacturerRootCertificate");

    /** Reads and writes the literal. */
    public static final EnumCodec<PncInstallCertificateUseEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    PncInstallCertificateUseEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static PncInstallCertificateUseEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
