package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * Indicates the type of the signed certificate that is returned. When omitted the certificate is used for both the 15118 connection (if implemented) and the Charging Station to CSMS connection. This field is required when a typeOfCertificate was included in the &lt;&lt;signcertificaterequest,SignCertificateRequest&gt;&gt; that requested this certificate to be signed AND both the 15118 connection and the Charging Station connection are implemented.
 */
public enum PncCertificateSigningUseEnum implements SpecEnum {
    CHARGING_STATION_CERTIFICATE("ChargingStationCertificate"),
    V2_G_CERTIFICATE("V2GCertificate");

    /** Reads and writes the literal. */
    public static final EnumCodec<PncCertificateSigningUseEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    PncCertificateSigningUseEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static PncCertificateSigningUseEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
