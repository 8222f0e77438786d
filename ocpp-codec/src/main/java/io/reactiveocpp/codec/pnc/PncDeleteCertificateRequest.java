package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 2.0.1 {@code DeleteCertificateRequest} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.3.1), sent from central system to charge point inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param certificateHashData required
 */
public record PncDeleteCertificateRequest(
        PncCustomData customData,
        PncCertificateHashData certificateHashData) implements PncRequest<PncDeleteCertificateResponse> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncDeleteCertificateRequest> CODEC = ObjectCodec.<PncDeleteCertificateRequest>builder(
                    v -> new PncDeleteCertificateRequest((PncCustomData) v[0], (PncCertificateHashData) v[1]))
            .optional("customData", PncCustomData.CODEC, PncDeleteCertificateRequest::customData)
            .required("certificateHashData", PncCertificateHashData.CODEC, PncDeleteCertificateRequest::certificateHashData)
            .build();

    public PncDeleteCertificateRequest {
        Check.required("certificateHashData", certificateHashData);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.DELETE_CERTIFICATE;
    }
}
