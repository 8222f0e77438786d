package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 2.0.1 {@code InstallCertificateRequest} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.7.1), sent from central system to charge point inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param certificateType required. Indicates the certificate type that is sent.
 * @param certificate required, at most 5500 characters. A PEM encoded X.509 certificate.
 */
public record PncInstallCertificateRequest(
        PncCustomData customData,
        PncInstallCertificateUseEnum certificateType,
        String certificate) implements PncRequest<PncInstallCertificateResponse> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncInstallCertificateRequest> CODEC = ObjectCodec.<PncInstallCertificateRequest>builder(
                    v -> new PncInstallCertificateRequest(
                            (PncCustomData) v[0],
                            (PncInstallCertificateUseEnum) v[1],
                            (String) v[2]))
            .optional("customData", PncCustomData.CODEC, PncInstallCertificateRequest::customData)
            .required("certificateType", PncInstallCertificateUseEnum.CODEC, PncInstallCertificateRequest::certificateType)
            .required("certificate", ValueCodecs.STRING, PncInstallCertificateRequest::certificate)
            .build();

    public PncInstallCertificateRequest {
        Check.required("certificateType", certificateType);
        certificate = Check.requiredMaxLength("certificate", certificate, 5500);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.INSTALL_CERTIFICATE;
    }
}
