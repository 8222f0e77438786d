package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ListCodec;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.CertificateHashData;
import io.reactiveocpp.codec.type.GetInstalledCertificateStatus;
import io.reactiveocpp.codec.validate.Check;

import java.util.List;

/**
 * {@code GetInstalledCertificateIds.conf} (OCPP 1.6 Security Whitepaper edition 2), sent from charge point to central system.
 *
 * @param certificateHashData optional, at least 1 item(s)
 * @param status required
 */
public record GetInstalledCertificateIdsConfirmation(
        List<CertificateHashData> certificateHashData,
        GetInstalledCertificateStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    @SuppressWarnings("unchecked")
    public static final ObjectCodec<GetInstalledCertificateIdsConfirmation> CODEC = ObjectCodec.<GetInstalledCertificateIdsConfirmation>builder(
                    v -> new GetInstalledCertificateIdsConfirmation(
                            (List<CertificateHashData>) v[0],
                            (GetInstalledCertificateStatus) v[1]))
            .optional("certificateHashData", ListCodec.of(CertificateHashData.CODEC), GetInstalledCertificateIdsConfirmation::certificateHashData)
            .required("status", GetInstalledCertificateStatus.CODEC, GetInstalledCertificateIdsConfirmation::status)
            .build();

    public GetInstalledCertificateIdsConfirmation {
        certificateHashData = Check.list("certificateHashData", certificateHashData, 1);
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.GET_INSTALLED_CERTIFICATE_IDS;
    }
}
