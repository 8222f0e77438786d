package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ListCodec;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.validate.Check;

import java.util.List;

/**
 * The OCPP 2.0.1 {@code GetInstalledCertificateIdsRequest} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.6.1), sent from central system to charge point inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param certificateType optional, at least 1 item(s). Indicates the type of certificates requested. When omitted, all certificate types are requested.
 */
public record PncGetInstalledCertificateIdsRequest(
        PncCustomData customData,
        List<PncGetCertificateIdUseEnum> certificateType) implements PncRequest<PncGetInstalledCertificateIdsResponse> {

    /** Reads and writes this type as the schema defines it. */
    @SuppressWarnings("unchecked")
    public static final ObjectCodec<PncGetInstalledCertificateIdsRequest> CODEC = ObjectCodec.<PncGetInstalledCertificateIdsRequest>builder(
                    v -> new PncGetInstalledCertificateIdsRequest(
                            (PncCustomData) v[0],
                            (List<PncGetCertificateIdUseEnum>) v[1]))
            .optional("customData", PncCustomData.CODEC, PncGetInstalledCertificateIdsRequest::customData)
            .optional("certificateType", ListCodec.of(PncGetCertificateIdUseEnum.CODEC), PncGetInstalledCertificateIdsRequest::certificateType)
            .build();

    public PncGetInstalledCertificateIdsRequest {
        certificateType = Check.list("certificateType", certificateType, 1);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.GET_INSTALLED_CERTIFICATE_IDS;
    }
}
