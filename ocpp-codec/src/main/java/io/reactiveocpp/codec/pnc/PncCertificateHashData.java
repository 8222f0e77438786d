package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 2.0.1 datatype {@code CertificateHashDataType}.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param hashAlgorithm required. Used algorithms for the hashes provided.
 * @param issuerNameHash required, at most 128 characters. Hashed value of the Issuer DN (Distinguished Name).
 * @param issuerKeyHash required, at most 128 characters. Hashed value of the issuers public key
 * @param serialNumber required, at most 40 characters. The serial number of the certificate.
 */
public record PncCertificateHashData(
        PncCustomData customData,
        PncHashAlgorithmEnum hashAlgorithm,
        String issuerNameHash,
        String issuerKeyHash,
        String serialNumber) {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncCertificateHashData> CODEC = ObjectCodec.<PncCertificateHashData>builder(
                    v -> new PncCertificateHashData(
                            (PncCustomData) v[0],
                            (PncHashAlgorithmEnum) v[1],
                            (String) v[2],
                            (String) v[3],
                            (String) v[4]))
            .optional("customData", PncCustomData.CODEC, PncCertificateHashData::customData)
            .required("hashAlgorithm", PncHashAlgorithmEnum.CODEC, PncCertificateHashData::hashAlgorithm)
            .required("issuerNameHash", ValueCodecs.STRING, PncCertificateHashData::issuerNameHash)
            .required("issuerKeyHash", ValueCodecs.STRING, PncCertificateHashData::issuerKeyHash)
            .required("serialNumber", ValueCodecs.STRING, PncCertificateHashData::serialNumber)
            .build();

    public PncCertificateHashData {
        Check.required("hashAlgorithm", hashAlgorithm);
        issuerNameHash = Check.requiredMaxLength("issuerNameHash", issuerNameHash, 128);
        issuerKeyHash = Check.requiredMaxLength("issuerKeyHash", issuerKeyHash, 128);
        serialNumber = Check.requiredMaxLength("serialNumber", serialNumber, 40);
    }
}
