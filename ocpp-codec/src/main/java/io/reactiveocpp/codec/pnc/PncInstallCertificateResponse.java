package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 2.0.1 {@code InstallCertificateResponse} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.7.2), sent from charge point to central system inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param status required. Charging Station indicates if installation was successful.
 * @param statusInfo optional. Element providing more information about the status.
 */
public record PncInstallCertificateResponse(
        PncCustomData customData,
        PncInstallCertificateStatusEnum status,
        PncStatusInfo statusInfo) implements PncResponse {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncInstallCertificateResponse> CODEC = ObjectCodec.<PncInstallCertificateResponse>builder(
                    v -> new PncInstallCertificateResponse(
                            (PncCustomData) v[0],
                            (PncInstallCertificateStatusEnum) v[1],
                            (PncStatusInfo) v[2]))
            .optional("customData", PncCustomData.CODEC, PncInstallCertificateResponse::customData)
            .required("status", PncInstallCertificateStatusEnum.CODEC, PncInstallCertificateResponse::status)
            .optional("statusInfo", PncStatusInfo.CODEC, PncInstallCertificateResponse::statusInfo)
            .build();

    public PncInstallCertificateResponse {
        Check.required("status", status);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.INSTALL_CERTIFICATE;
    }
}
