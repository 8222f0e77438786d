package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code CertificateSigned.req} (OCPP 1.6 Security Whitepaper edition 2), sent from central system to charge point.
 *
 * @param certificateChain required, at most 10000 characters
 */
public record CertificateSignedRequest(
        String certificateChain) implements Request<CertificateSignedConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<CertificateSignedRequest> CODEC = ObjectCodec.<CertificateSignedRequest>builder(
                    v -> new CertificateSignedRequest((String) v[0]))
            .required("certificateChain", ValueCodecs.STRING, CertificateSignedRequest::certificateChain)
            .build();

    public CertificateSignedRequest {
        certificateChain = Check.requiredMaxLength("certificateChain", certificateChain, 10000);
    }

    @Override
    public Action action() {
        return Action.CERTIFICATE_SIGNED;
    }
}
