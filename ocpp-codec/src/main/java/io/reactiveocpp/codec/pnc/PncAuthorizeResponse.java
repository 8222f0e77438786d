package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 2.0.1 {@code AuthorizeResponse} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.1.2), sent from central system to charge point inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param idTokenInfo required. ID_ Token urn:x-oca:ocpp:uid:2:233247 Contains status information about an identifier. It is advised to not stop charging for a token that expires during charging, as ExpiryDate is only used for caching purposes. If ExpiryDate is not given, the status has no end date.
 * @param certificateStatus optional. Certificate status information. - if all certificates are valid: return 'Accepted'. - if one of the certificates was revoked, return 'CertificateRevoked'.
 */
public record PncAuthorizeResponse(
        PncCustomData customData,
        PncIdTokenInfo idTokenInfo,
        PncAuthorizeCertificateStatusEnum certificateStatus) implements PncResponse {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncAuthorizeResponse> CODEC = ObjectCodec.<PncAuthorizeResponse>builder(
                    v -> new PncAuthorizeResponse(
                            (PncCustomData) v[0],
                            (PncIdTokenInfo) v[1],
                            (PncAuthorizeCertificateStatusEnum) v[2]))
            .optional("customData", PncCustomData.CODEC, PncAuthorizeResponse::customData)
            .required("idTokenInfo", PncIdTokenInfo.CODEC, PncAuthorizeResponse::idTokenInfo)
            .optional("certificateStatus", PncAuthorizeCertificateStatusEnum.CODEC, PncAuthorizeResponse::certificateStatus)
            .build();

    public PncAuthorizeResponse {
        Check.required("idTokenInfo", idTokenInfo);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.AUTHORIZE;
    }
}
