package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ListCodec;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.validate.Check;

import java.util.List;

/**
 * The OCPP 2.0.1 datatype {@code CertificateHashDataChainType}.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param certificateHashData required
 * @param certificateType required. Indicates the type of the requested certificate(s).
 * @param childCertificateHashData optional, at least 1 item(s), at most 4 items
 */
public record CertificateHashDataChain(
        CustomData customData,
        CertificateHashData certificateHashData,
        GetCertificateIdUseEnum certificateType,
        List<CertificateHashData> childCertificateHashData) {

    /** Reads and writes this type as the schema defines it. */
    @SuppressWarnings("unchecked")
    public static final ObjectCodec<CertificateHashDataChain> CODEC = ObjectCodec.<CertificateHashDataChain>builder(
                    v -> new CertificateHashDataChain(
                            (CustomData) v[0],
                            (CertificateHashData) v[1],
                            (GetCertificateIdUseEnum) v[2],
                            (List<CertificateHashData>) v[3]))
            .optional("customData", CustomData.CODEC, CertificateHashDataChain::customData)
            .required("certificateHashData", CertificateHashData.CODEC, CertificateHashDataChain::certificateHashData)
            .required("certificateType", GetCertificateIdUseEnum.CODEC, CertificateHashDataChain::certificateType)
            .optional("childCertificateHashData", ListCodec.of(CertificateHashData.CODEC), CertificateHashDataChain::childCertificateHashData)
            .build();

    public CertificateHashDataChain {
        Check.required("certificateHashData", certificateHashData);
        Check.required("certificateType", certificateType);
        childCertificateHashData = Check.list("childCertificateHashData", childCertificateHashData, 1, 4);
    }
}
