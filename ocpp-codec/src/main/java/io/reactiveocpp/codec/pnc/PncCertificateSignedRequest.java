package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 2.0.1 {@code CertificateSignedRequest} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.2.1), sent from central system to charge point inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param certificateChain required, at most 10000 characters. The signed PEM encoded X.509 certificate. This can also contain the necessary sub CA certificates. In that case, the order of the bundle should follow the certificate chain, starting from the leaf certificate. The Configuration Variable &lt;&lt;configkey-max-certificate-chain-size,MaxCertificateChainSize&gt;&gt; can be used to limit the maximum size of this field.
 * @param certificateType optional. Indicates the type of the signed certificate that is returned. When omitted the certificate is used for both the 15118 connection (if implemented) and the Charging Station to CSMS connection. This field is required when a typeOfCertificate was included in the &lt;&lt;signcertificaterequest,SignCertificateRequest&gt;&gt; that requested this certificate to be signed AND both the 15118 connection and the Charging Station connection are implemented.
 */
public record PncCertificateSignedRequest(
        PncCustomData customData,
        String certificateChain,
        PncCertificateSigningUseEnum certificateType) implements PncRequest<PncCertificateSignedResponse> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncCertificateSignedRequest> CODEC = ObjectCodec.<PncCertificateSignedRequest>builder(
                    v -> new PncCertificateSignedRequest(
                            (PncCustomData) v[0],
                            (String) v[1],
                            (PncCertificateSigningUseEnum) v[2]))
            .optional("customData", PncCustomData.CODEC, PncCertificateSignedRequest::customData)
            .required("certificateChain", ValueCodecs.STRING, PncCertificateSignedRequest::certificateChain)
            .optional("certificateType", PncCertificateSigningUseEnum.CODEC, PncCertificateSignedRequest::certificateType)
            .build();

    public PncCertificateSignedRequest {
        certificateChain = Check.requiredMaxLength("certificateChain", certificateChain, 10000);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.CERTIFICATE_SIGNED;
    }
}
