package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code SignCertificate.req} (OCPP 1.6 Security Whitepaper edition 2), sent from charge point to central system.
 *
 * @param csr required, at most 5500 characters
 */
public record SignCertificateRequest(String csr) implements Request<SignCertificateConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<SignCertificateRequest> CODEC = ObjectCodec.<SignCertificateRequest>builder(
                    v -> new SignCertificateRequest((String) v[0]))
            .required("csr", ValueCodecs.STRING, SignCertificateRequest::csr)
            .build();

    public SignCertificateRequest {
        csr = Check.requiredMaxLength("csr", csr, 5500);
    }

    @Override
    public Action action() {
        return Action.SIGN_CERTIFICATE;
    }
}
