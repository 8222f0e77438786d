package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 2.0.1 {@code Get15118EVCertificateResponse} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.4.2), sent from central system to charge point inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param status required. Indicates whether the message was processed properly.
 * @param statusInfo optional. Element providing more information about the status.
 * @param exiResponse required, at most 5600 characters. Raw CertificateInstallationRes response for the EV, Base64 encoded.
 */
public record PncGet15118EVCertificateResponse(
        PncCustomData customData,
        PncIso15118EVCertificateStatusEnum status,
        PncStatusInfo statusInfo,
        String exiResponse) implements PncResponse {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncGet15118EVCertificateResponse> CODEC = ObjectCodec.<PncGet15118EVCertificateResponse>builder(
                    v -> new PncGet15118EVCertificateResponse(
                            (PncCustomData) v[0],
                            (PncIso15118EVCertificateStatusEnum) v[1],
                            (PncStatusInfo) v[2],
                            (String) v[3]))
            .optional("customData", PncCustomData.CODEC, PncGet15118EVCertificateResponse::customData)
            .required("status", PncIso15118EVCertificateStatusEnum.CODEC, PncGet15118EVCertificateResponse::status)
            .optional("statusInfo", PncStatusInfo.CODEC, PncGet15118EVCertificateResponse::statusInfo)
            .required("exiResponse", ValueCodecs.STRING, PncGet15118EVCertificateResponse::exiResponse)
            .build();

    public PncGet15118EVCertificateResponse {
        Check.required("status", status);
        exiResponse = Check.requiredMaxLength("exiResponse", exiResponse, 5600);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.GET15118_EV_CERTIFICATE;
    }
}
