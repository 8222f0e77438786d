package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 2.0.1 enumeration {@code GetCertificateIdUseEnumType}.
 */
public enum PncGetCertificateIdUseEnum implements SpecEnum {
    V2_G_ROOT_CERTIFICATE("V2GRootCertificate"),
    MO_ROOT_CERTIFICATE("MORootCertificate"),
    CSMS_ROOT_CERTIFICATE("CSMSRootCertificate"),
    V2_G_CERTIFICATE_CHAIN("V2GCertificateChain"),
    MANUFACTURER_ROOT_CERTIFICATE("ManufacturerRootCertificate");

    /** Reads and writes the literal. */
    public static final EnumCodec<PncGetCertificateIdUseEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    PncGetCertificateIdUseEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static PncGetCertificateIdUseEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
