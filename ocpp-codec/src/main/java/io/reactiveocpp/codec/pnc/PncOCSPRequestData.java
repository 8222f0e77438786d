package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 2.0.1 datatype {@code OCSPRequestDataType}.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param hashAlgorithm required. Used algorithms for the hashes provided.
 * @param issuerNameHash required, at most 128 characters. Hashed value of the Issuer DN (Distinguished Name).
 * @param issuerKeyHash required, at most 128 characters. Hashed value of the issuers public key
 * @param serialNumber required, at most 40 characters. The serial number of the certificate.
 * @param responderURL required, at most 512 characters. This contains the responder URL (Case insensitive).
 */
public record PncOCSPRequestData(
        PncCustomData customData,
        PncHashAlgorithmEnum hashAlgorithm,
        String issuerNameHash,
        String issuerKeyHash,
        String serialNumber,
        String responderURL) {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncOCSPRequestData> CODEC = ObjectCodec.<PncOCSPRequestData>builder(
                    v -> new PncOCSPRequestData(
                            (PncCustomData) v[0],
                            (PncHashAlgorithmEnum) v[1],
                            (String) v[2],
                            (String) v[3],
                            (String) v[4],
                            (String) v[5]))
            .optional("customData", PncCustomData.CODEC, PncOCSPRequestData::customData)
            .required("hashAlgorithm", PncHashAlgorithmEnum.CODEC, PncOCSPRequestData::hashAlgorithm)
            .required("issuerNameHash", ValueCodecs.STRING, PncOCSPRequestData::issuerNameHash)
            .required("issuerKeyHash", ValueCodecs.STRING, PncOCSPRequestData::issuerKeyHash)
            .required("serialNumber", ValueCodecs.STRING, PncOCSPRequestData::serialNumber)
            .required("responderURL", ValueCodecs.STRING, PncOCSPRequestData::responderURL)
            .build();

    public PncOCSPRequestData {
        Check.required("hashAlgorithm", hashAlgorithm);
        issuerNameHash = Check.requiredMaxLength("issuerNameHash", issuerNameHash, 128);
        issuerKeyHash = Check.requiredMaxLength("issuerKeyHash", issuerKeyHash, 128);
        serialNumber = Check.requiredMaxLength("serialNumber", serialNumber, 40);
        responderURL = Check.requiredMaxLength("responderURL", responderURL, 512);
    }
}
