package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 2.0.1 {@code GetCertificateStatusResponse} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.5.2), sent from central system to charge point inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param status required. This indicates whether the charging station was able to retrieve the OCSP certificate status.
 * @param statusInfo optional. Element providing more information about the status.
 * @param ocspResult optional, at most 5500 characters. OCSPResponse class as defined in &lt;&lt;ref-ocpp_security_24, IETF RFC 6960&gt;&gt;. DER encoded (as defined in &lt;&lt;ref-ocpp_security_24, IETF RFC 6960&gt;&gt;), and then base64 encoded. MAY only be omitted when status is not Accepted.
 */
public record PncGetCertificateStatusResponse(
        PncCustomData customData,
        PncGetCertificateStatusEnum status,
        PncStatusInfo statusInfo,
        String ocspResult) implements PncResponse {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncGetCertificateStatusResponse> CODEC = ObjectCodec.<PncGetCertificateStatusResponse>builder(
                    v -> new PncGetCertificateStatusResponse(
                            (PncCustomData) v[0],
                            (PncGetCertificateStatusEnum) v[1],
                            (PncStatusInfo) v[2],
                            (String) v[3]))
            .optional("customData", PncCustomData.CODEC, PncGetCertificateStatusResponse::customData)
            .required("status", PncGetCertificateStatusEnum.CODEC, PncGetCertificateStatusResponse::status)
            .optional("statusInfo", PncStatusInfo.CODEC, PncGetCertificateStatusResponse::statusInfo)
            .optional("ocspResult", ValueCodecs.STRING, PncGetCertificateStatusResponse::ocspResult)
            .build();

    public PncGetCertificateStatusResponse {
        Check.required("status", status);
        ocspResult = Check.maxLength("ocspResult", ocspResult, 5500);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.GET_CERTIFICATE_STATUS;
    }
}
