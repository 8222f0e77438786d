package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.CertificateUse;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code GetInstalledCertificateIds.req} (OCPP 1.6 Security Whitepaper edition 2), sent from central system to charge point.
 *
 * @param certificateType required
 */
public record GetInstalledCertificateIdsRequest(
        CertificateUse certificateType) implements Request<GetInstalledCertificateIdsConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<GetInstalledCertificateIdsRequest> CODEC = ObjectCodec.<GetInstalledCertificateIdsRequest>builder(
                    v -> new GetInstalledCertificateIdsRequest((CertificateUse) v[0]))
            .required("certificateType", CertificateUse.CODEC, GetInstalledCertificateIdsRequest::certificateType)
            .build();

    public GetInstalledCertificateIdsRequest {
        Check.required("certificateType", certificateType);
    }

    @Override
    public Action action() {
        return Action.GET_INSTALLED_CERTIFICATE_IDS;
    }
}
