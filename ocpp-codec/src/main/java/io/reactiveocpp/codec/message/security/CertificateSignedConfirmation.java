package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.CertificateSignedStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code CertificateSigned.conf} (OCPP 1.6 Security Whitepaper edition 2), sent from charge point to central system.
 *
 * @param status required
 */
public record CertificateSignedConfirmation(CertificateSignedStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<CertificateSignedConfirmation> CODEC = ObjectCodec.<CertificateSignedConfirmation>builder(
                    v -> new CertificateSignedConfirmation((CertificateSignedStatus) v[0]))
            .required("status", CertificateSignedStatus.CODEC, CertificateSignedConfirmation::status)
            .build();

    public CertificateSignedConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.CERTIFICATE_SIGNED;
    }
}
