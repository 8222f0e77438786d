package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ListCodec;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

import java.util.List;

/**
 * The OCPP 2.0.1 {@code AuthorizeRequest} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.1.1), sent from charge point to central system inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param idToken required. Contains a case insensitive identifier to use for the authorization and the type of authorization to support multiple forms of identifiers.
 * @param certificate optional, at most 5500 characters. The X.509 certificated presented by EV and encoded in PEM format.
 * @param iso15118CertificateHashData optional, at least 1 item(s), at most 4 items
 */
public record PncAuthorizeRequest(
        PncCustomData customData,
        PncIdToken idToken,
        String certificate,
        List<PncOCSPRequestData> iso15118CertificateHashData) implements PncRequest<PncAuthorizeResponse> {

    /** Reads and writes this type as the schema defines it. */
    @SuppressWarnings("unchecked")
    public static final ObjectCodec<PncAuthorizeRequest> CODEC = ObjectCodec.<PncAuthorizeRequest>builder(
                    v -> new PncAuthorizeRequest(
                            (PncCustomData) v[0],
                            (PncIdToken) v[1],
                            (String) v[2],
                            (List<PncOCSPRequestData>) v[3]))
            .optional("customData", PncCustomData.CODEC, PncAuthorizeRequest::customData)
            .required("idToken", PncIdToken.CODEC, PncAuthorizeRequest::idToken)
            .optional("certificate", ValueCodecs.STRING, PncAuthorizeRequest::certificate)
            .optional("iso15118CertificateHashData", ListCodec.of(PncOCSPRequestData.CODEC), PncAuthorizeRequest::iso15118CertificateHashData)
            .build();

    public PncAuthorizeRequest {
        Check.required("idToken", idToken);
        certificate = Check.maxLength("certificate", certificate, 5500);
        iso15118CertificateHashData = Check.list("iso15118CertificateHashData", iso15118CertificateHashData, 1, 4);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.AUTHORIZE;
    }
}
