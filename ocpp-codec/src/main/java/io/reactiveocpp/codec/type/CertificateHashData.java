package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 1.6 datatype {@code CertificateHashData}.
 *
 * @param hashAlgorithm required
 * @param issuerNameHash required, at most 128 characters
 * @param issuerKeyHash required, at most 128 characters
 * @param serialNumber required, at most 40 characters
 */
public record CertificateHashData(
        HashAlgorithm hashAlgorithm,
        String issuerNameHash,
        String issuerKeyHash,
        String serialNumber) {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<CertificateHashData> CODEC = ObjectCodec.<CertificateHashData>builder(
                    v -> new CertificateHashData(
                            (HashAlgorithm) v[0],
                            (String) v[1],
                            (String) v[2],
                            (String) v[3]))
            .required("hashAlgorithm", HashAlgorithm.CODEC, CertificateHashData::hashAlgorithm)
            .required("issuerNameHash", ValueCodecs.STRING, CertificateHashData::issuerNameHash)
            .required("issuerKeyHash", ValueCodecs.STRING, CertificateHashData::issuerKeyHash)
            .required("serialNumber", ValueCodecs.STRING, CertificateHashData::serialNumber)
            .build();

    public CertificateHashData {
        Check.required("hashAlgorithm", hashAlgorithm);
        issuerNameHash = Check.requiredMaxLength("issuerNameHash", issuerNameHash, 128);
        issuerKeyHash = Check.requiredMaxLength("issuerKeyHash", issuerKeyHash, 128);
        serialNumber = Check.requiredMaxLength("serialNumber", serialNumber, 40);
    }
}
