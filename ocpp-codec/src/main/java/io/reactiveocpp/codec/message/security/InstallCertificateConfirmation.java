package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.InstallCertificateStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code InstallCertificate.conf} (OCPP 1.6 Security Whitepaper edition 2), sent from charge point to central system.
 *
 * @param status required
 */
public record InstallCertificateConfirmation(InstallCertificateStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<InstallCertificateConfirmation> CODEC = ObjectCodec.<InstallCertificateConfirmation>builder(
                    v -> new InstallCertificateConfirmation((InstallCertificateStatus) v[0]))
            .required("status", InstallCertificateStatus.CODEC, InstallCertificateConfirmation::status)
            .build();

    public InstallCertificateConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.INSTALL_CERTIFICATE;
    }
}
