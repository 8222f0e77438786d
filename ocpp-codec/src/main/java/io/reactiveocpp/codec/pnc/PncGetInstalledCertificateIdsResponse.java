package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ListCodec;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.validate.Check;

import java.util.List;

/**
 * The OCPP 2.0.1 {@code GetInstalledCertificateIdsResponse} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.6.2), sent from charge point to central system inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param status required. Charging Station indicates if it can process the request.
 * @param statusInfo optional. Element providing more information about the status.
 * @param certificateHashDataChain optional, at least 1 item(s)
 */
public record PncGetInstalledCertificateIdsResponse(
        PncCustomData customData,
        PncGetInstalledCertificateStatusEnum status,
        PncStatusInfo statusInfo,
        List<PncCertificateHashDataChain> certificateHashDataChain) implements PncResponse {

    /** Reads and writes this type as the schema defines it. */
    @SuppressWarnings("unchecked")
    public static final ObjectCodec<PncGetInstalledCertificateIdsResponse> CODEC = ObjectCodec.<PncGetInstalledCertificateIdsResponse>builder(
                    v -> new PncGetInstalledCertificateIdsResponse(
                            (PncCustomData) v[0],
                            (PncGetInstalledCertificateStatusEnum) v[1],
                            (PncStatusInfo) v[2],
                            (List<PncCertificateHashDataChain>) v[3]))
            .optional("customData", PncCustomData.CODEC, PncGetInstalledCertificateIdsResponse::customData)
            .required("status", PncGetInstalledCertificateStatusEnum.CODEC, PncGetInstalledCertificateIdsResponse::status)
            .optional("statusInfo", PncStatusInfo.CODEC, PncGetInstalledCertificateIdsResponse::statusInfo)
            .optional("certificateHashDataChain", ListCodec.of(PncCertificateHashDataChain.CODEC), PncGetInstalledCertificateIdsResponse::certificateHashDataChain)
            .build();

    public PncGetInstalledCertificateIdsResponse {
        Check.required("status", status);
        certificateHashDataChain = Check.list("certificateHashDataChain", certificateHashDataChain, 1);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.GET_INSTALLED_CERTIFICATE_IDS;
    }
}
