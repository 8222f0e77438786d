package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 2.0.1 {@code DeleteCertificateResponse} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.3.2), sent from charge point to central system inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param status required. Charging Station indicates if it can process the request.
 * @param statusInfo optional. Element providing more information about the status.
 */
public record PncDeleteCertificateResponse(
        PncCustomData customData,
        PncDeleteCertificateStatusEnum status,
        PncStatusInfo statusInfo) implements PncResponse {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncDeleteCertificateResponse> CODEC = ObjectCodec.<PncDeleteCertificateResponse>builder(
                    v -> new PncDeleteCertificateResponse(
                            (PncCustomData) v[0],
                            (PncDeleteCertificateStatusEnum) v[1],
                            (PncStatusInfo) v[2]))
            .optional("customData", PncCustomData.CODEC, PncDeleteCertificateResponse::customData)
            .required("status", PncDeleteCertificateStatusEnum.CODEC, PncDeleteCertificateResponse::status)
            .optional("statusInfo", PncStatusInfo.CODEC, PncDeleteCertificateResponse::statusInfo)
            .build();

    public PncDeleteCertificateResponse {
        Check.required("status", status);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.DELETE_CERTIFICATE;
    }
}
