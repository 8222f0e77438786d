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
public record SignCertificateResponse(
        CustomData customData,
        GenericStatusEnum status,
        StatusInfo statusInfo) implements PncResponse {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<SignCertificateResponse> CODEC = ObjectCodec.<SignCertificateResponse>builder(
                    v -> new SignCertificateResponse(
                            (CustomData) v[0],
                            (GenericStatusEnum) v[1],
                            (StatusInfo) v[2]))
            .optional("customData", CustomData.CODEC, SignCertificateResponse::customData)
            .required("status", GenericStatusEnum.CODEC, SignCertificateResponse::status)
            .optional("statusInfo", StatusInfo.CODEC, SignCertificateResponse::statusInfo)
            .build();

    public SignCertificateResponse {
        Check.required("status", status);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.SIGN_CERTIFICATE;
    }
}
