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
public record PncCertificateSignedResponse(
        PncCustomData customData,
        PncCertificateSignedStatusEnum status,
        PncStatusInfo statusInfo) implements PncResponse {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncCertificateSignedResponse> CODEC = ObjectCodec.<PncCertificateSignedResponse>builder(
                    v -> new PncCertificateSignedResponse(
                            (PncCustomData) v[0],
                            (PncCertificateSignedStatusEnum) v[1],
                            (PncStatusInfo) v[2]))
            .optional("customData", PncCustomData.CODEC, PncCertificateSignedResponse::customData)
            .required("status", PncCertificateSignedStatusEnum.CODEC, PncCertificateSignedResponse::status)
            .optional("statusInfo", PncStatusInfo.CODEC, PncCertificateSignedResponse::statusInfo)
            .build();

    public PncCertificateSignedResponse {
        Check.required("status", status);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.CERTIFICATE_SIGNED;
    }
}
