package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code CertificateUse}.
 */
public enum CertificateUse implements SpecEnum {
    CENTRAL_SYSTEM_ROOT_CERTIFICATE("CentralSystemRootCertificate"),
    MANUFACTURER_ROOT_CERTIFICATE("ManufacturerRootCertificate");

    /** Reads and writes the literal. */
    public static final EnumCodec<CertificateUse> CODEC = EnumCodec.of(values());

    private final String literal;

    CertificateUse(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static CertificateUse fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
