package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 2.0.1 {@code GetCertificateStatusRequest} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.5.1), sent from charge point to central system inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param ocspRequestData required
 */
public record PncGetCertificateStatusRequest(
        PncCustomData customData,
        PncOCSPRequestData ocspRequestData) implements PncRequest<PncGetCertificateStatusResponse> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncGetCertificateStatusRequest> CODEC = ObjectCodec.<PncGetCertificateStatusRequest>builder(
                    v -> new PncGetCertificateStatusRequest((PncCustomData) v[0], (PncOCSPRequestData) v[1]))
            .optional("customData", PncCustomData.CODEC, PncGetCertificateStatusRequest::customData)
            .required("ocspRequestData", PncOCSPRequestData.CODEC, PncGetCertificateStatusRequest::ocspRequestData)
            .build();

    public PncGetCertificateStatusRequest {
        Check.required("ocspRequestData", ocspRequestData);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.GET_CERTIFICATE_STATUS;
    }
}
