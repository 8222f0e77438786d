package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.DeleteCertificateStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code DeleteCertificate.conf} (OCPP 1.6 Security Whitepaper edition 2), sent from charge point to central system.
 *
 * @param status required
 */
public record DeleteCertificateConfirmation(DeleteCertificateStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<DeleteCertificateConfirmation> CODEC = ObjectCodec.<DeleteCertificateConfirmation>builder(
                    v -> new DeleteCertificateConfirmation((DeleteCertificateStatus) v[0]))
            .required("status", DeleteCertificateStatus.CODEC, DeleteCertificateConfirmation::status)
            .build();

    public DeleteCertificateConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.DELETE_CERTIFICATE;
    }
}
