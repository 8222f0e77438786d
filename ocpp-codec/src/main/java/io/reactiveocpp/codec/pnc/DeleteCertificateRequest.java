package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 2.0.1 {@code DeleteCertificateRequest} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.3.1), sent from central system to charge point inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param certificateHashData required
 */
public record DeleteCertificateRequest(
        CustomData customData,
        CertificateHashData certificateHashData) implements PncRequest<DeleteCertificateResponse> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<DeleteCertificateRequest> CODEC = ObjectCodec.<DeleteCertificateRequest>builder(
                    v -> new DeleteCertificateRequest((CustomData) v[0], (CertificateHashData) v[1]))
            .optional("customData", CustomData.CODEC, DeleteCertificateRequest::customData)
            .required("certificateHashData", CertificateHashData.CODEC, DeleteCertificateRequest::certificateHashData)
            .build();

    public DeleteCertificateRequest {
        Check.required("certificateHashData", certificateHashData);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.DELETE_CERTIFICATE;
    }
}
