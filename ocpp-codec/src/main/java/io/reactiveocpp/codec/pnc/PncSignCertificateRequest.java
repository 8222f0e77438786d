package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 2.0.1 {@code SignCertificateRequest} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.8.1), sent from charge point to central system inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param csr required, at most 5500 characters. The Charging Station SHALL send the public key in form of a Certificate Signing Request (CSR) as described in RFC 2986 [22] and then PEM encoded, using the &lt;&lt;signcertificaterequest,SignCertificateRequest&gt;&gt; message.
 * @param certificateType optional. Indicates the type of certificate that is to be signed. When omitted the certificate is to be used for both the 15118 connection (if implemented) and the Charging Station to CSMS connection.
 */
public record PncSignCertificateRequest(
        PncCustomData customData,
        String csr,
        PncCertificateSigningUseEnum certificateType) implements PncRequest<PncSignCertificateResponse> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncSignCertificateRequest> CODEC = ObjectCodec.<PncSignCertificateRequest>builder(
                    v -> new PncSignCertificateRequest(
                            (PncCustomData) v[0],
                            (String) v[1],
                            (PncCertificateSigningUseEnum) v[2]))
            .optional("customData", PncCustomData.CODEC, PncSignCertificateRequest::customData)
            .required("csr", ValueCodecs.STRING, PncSignCertificateRequest::csr)
            .optional("certificateType", PncCertificateSigningUseEnum.CODEC, PncSignCertificateRequest::certificateType)
            .build();

    public PncSignCertificateRequest {
        csr = Check.requiredMaxLength("csr", csr, 5500);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.SIGN_CERTIFICATE;
    }
}
