package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 2.0.1 {@code CertificateSignedResponse} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.2.2), sent from charge point to central system inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param status required. Returns whether certificate signing has been accepted, otherwise rejected.
 * @param statusInfo optional. Element providing more information about the status.
 */
public record CertificateSignedResponse(
        CustomData customData,
        CertificateSignedStatusEnum status,
        StatusInfo statusInfo) implements PncResponse {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<CertificateSignedResponse> CODEC = ObjectCodec.<CertificateSignedResponse>builder(
                    v -> new CertificateSignedResponse(
                            (CustomData) v[0],
                            (CertificateSignedStatusEnum) v[1],
                            (StatusInfo) v[2]))
            .optional("customData", CustomData.CODEC, CertificateSignedResponse::customData)
            .required("status", CertificateSignedStatusEnum.CODEC, CertificateSignedResponse::status)
            .optional("statusInfo", StatusInfo.CODEC, CertificateSignedResponse::statusInfo)
            .build();

    public CertificateSignedResponse {
        Check.required("status", status);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.CERTIFICATE_SIGNED;
    }
}
