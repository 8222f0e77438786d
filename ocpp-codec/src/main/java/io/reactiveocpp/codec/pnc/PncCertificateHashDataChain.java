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
public record PncCertificateHashDataChain(
        PncCustomData customData,
        PncCertificateHashData certificateHashData,
        PncGetCertificateIdUseEnum certificateType,
        List<PncCertificateHashData> childCertificateHashData) {

    /** Reads and writes this type as the schema defines it. */
    @SuppressWarnings("unchecked")
    public static final ObjectCodec<PncCertificateHashDataChain> CODEC = ObjectCodec.<PncCertificateHashDataChain>builder(
                    v -> new PncCertificateHashDataChain(
                            (PncCustomData) v[0],
                            (PncCertificateHashData) v[1],
                            (PncGetCertificateIdUseEnum) v[2],
                            (List<PncCertificateHashData>) v[3]))
            .optional("customData", PncCustomData.CODEC, PncCertificateHashDataChain::customData)
            .required("certificateHashData", PncCertificateHashData.CODEC, PncCertificateHashDataChain::certificateHashData)
            .required("certificateType", PncGetCertificateIdUseEnum.CODEC, PncCertificateHashDataChain::certificateType)
            .optional("childCertificateHashData", ListCodec.of(PncCertificateHashData.CODEC), PncCertificateHashDataChain::childCertificateHashData)
            .build();

    public PncCertificateHashDataChain {
        Check.required("certificateHashData", certificateHashData);
        Check.required("certificateType", certificateType);
        childCertificateHashData = Check.list("childCertificateHashData", childCertificateHashData, 1, 4);
    }
}
