package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.CertificateHashData;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code DeleteCertificate.req} (OCPP 1.6 Security Whitepaper edition 2), sent from central system to charge point.
 *
 * @param certificateHashData required
 */
public record DeleteCertificateRequest(
        CertificateHashData certificateHashData) implements Request<DeleteCertificateConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<DeleteCertificateRequest> CODEC = ObjectCodec.<DeleteCertificateRequest>builder(
                    v -> new DeleteCertificateRequest((CertificateHashData) v[0]))
            .required("certificateHashData", CertificateHashData.CODEC, DeleteCertificateRequest::certificateHashData)
            .build();

    public DeleteCertificateRequest {
        Check.required("certificateHashData", certificateHashData);
    }

    @Override
    public Action action() {
        return Action.DELETE_CERTIFICATE;
    }
}
