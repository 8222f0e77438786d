package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.GenericStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code SignCertificate.conf} (OCPP 1.6 Security Whitepaper edition 2), sent from central system to charge point.
 *
 * @param status required
 */
public record SignCertificateConfirmation(GenericStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<SignCertificateConfirmation> CODEC = ObjectCodec.<SignCertificateConfirmation>builder(
                    v -> new SignCertificateConfirmation((GenericStatus) v[0]))
            .required("status", GenericStatus.CODEC, SignCertificateConfirmation::status)
            .build();

    public SignCertificateConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.SIGN_CERTIFICATE;
    }
}
