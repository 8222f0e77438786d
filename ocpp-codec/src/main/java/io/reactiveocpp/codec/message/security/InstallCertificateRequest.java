package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.CertificateUse;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code InstallCertificate.req} (OCPP 1.6 Security Whitepaper edition 2), sent from central system to charge point.
 *
 * @param certificateType required
 * @param certificate required, at most 5500 characters
 */
public record InstallCertificateRequest(
        CertificateUse certificateType,
        String certificate) implements Request<InstallCertificateConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<InstallCertificateRequest> CODEC = ObjectCodec.<InstallCertificateRequest>builder(
                    v -> new InstallCertificateRequest((CertificateUse) v[0], (String) v[1]))
            .required("certificateType", CertificateUse.CODEC, InstallCertificateRequest::certificateType)
            .required("certificate", ValueCodecs.STRING, InstallCertificateRequest::certificate)
            .build();

    public InstallCertificateRequest {
        Check.required("certificateType", certificateType);
        certificate = Check.requiredMaxLength("certificate", certificate, 5500);
    }

    @Override
    public Action action() {
        return Action.INSTALL_CERTIFICATE;
    }
}
