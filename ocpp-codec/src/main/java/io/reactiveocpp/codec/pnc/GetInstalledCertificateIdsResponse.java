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
public record GetInstalledCertificateIdsResponse(
        CustomData customData,
        GetInstalledCertificateStatusEnum status,
        StatusInfo statusInfo,
        List<CertificateHashDataChain> certificateHashDataChain) implements PncResponse {

    /** Reads and writes this type as the schema defines it. */
    @SuppressWarnings("unchecked")
    public static final ObjectCodec<GetInstalledCertificateIdsResponse> CODEC = ObjectCodec.<GetInstalledCertificateIdsResponse>builder(
                    v -> new GetInstalledCertificateIdsResponse(
                            (CustomData) v[0],
                            (GetInstalledCertificateStatusEnum) v[1],
                            (StatusInfo) v[2],
                            (List<CertificateHashDataChain>) v[3]))
            .optional("customData", CustomData.CODEC, GetInstalledCertificateIdsResponse::customData)
            .required("status", GetInstalledCertificateStatusEnum.CODEC, GetInstalledCertificateIdsResponse::status)
            .optional("statusInfo", StatusInfo.CODEC, GetInstalledCertificateIdsResponse::statusInfo)
            .optional("certificateHashDataChain", ListCodec.of(CertificateHashDataChain.CODEC), GetInstalledCertificateIdsResponse::certificateHashDataChain)
            .build();

    public GetInstalledCertificateIdsResponse {
        Check.required("status", status);
        certificateHashDataChain = Check.list("certificateHashDataChain", certificateHashDataChain, 1);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.GET_INSTALLED_CERTIFICATE_IDS;
    }
}
