package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 2.0.1 {@code SignCertificateResponse} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.8.2), sent from central system to charge point inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param status required. Specifies whether the CSMS can process the request.
 * @param statusInfo optional. Element providing more information about the status.
 */
public record PncSignCertificateResponse(
        PncCustomData customData,
        PncGenericStatusEnum status,
        PncStatusInfo statusInfo) implements PncResponse {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncSignCertificateResponse> CODEC = ObjectCodec.<PncSignCertificateResponse>builder(
                    v -> new PncSignCertificateResponse(
                            (PncCustomData) v[0],
                            (PncGenericStatusEnum) v[1],
                            (PncStatusInfo) v[2]))
            .optional("customData", PncCustomData.CODEC, PncSignCertificateResponse::customData)
            .required("status", PncGenericStatusEnum.CODEC, PncSignCertificateResponse::status)
            .optional("statusInfo", PncStatusInfo.CODEC, PncSignCertificateResponse::statusInfo)
            .build();

    public PncSignCertificateResponse {
        Check.required("status", status);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.SIGN_CERTIFICATE;
    }
}
