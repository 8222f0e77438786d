package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 2.0.1 {@code Get15118EVCertificateRequest} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.4.1), sent from charge point to central system inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param iso15118SchemaVersion required, at most 50 characters. Schema version currently used for the 15118 session between EV and Charging Station. Needed for parsing of the EXI stream by the CSMS.
 * @param action required. Defines whether certificate needs to be installed or updated.
 * @param exiRequest required, at most 5600 characters. Raw CertificateInstallationReq request from EV, Base64 encoded.
 */
public record PncGet15118EVCertificateRequest(
        PncCustomData customData,
        String iso15118SchemaVersion,
        PncCertificateActionEnum action,
        String exiRequest) implements PncRequest<PncGet15118EVCertificateResponse> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncGet15118EVCertificateRequest> CODEC = ObjectCodec.<PncGet15118EVCertificateRequest>builder(
                    v -> new PncGet15118EVCertificateRequest(
                            (PncCustomData) v[0],
                            (String) v[1],
                            (PncCertificateActionEnum) v[2],
                            (String) v[3]))
            .optional("customData", PncCustomData.CODEC, PncGet15118EVCertificateRequest::customData)
            .required("iso15118SchemaVersion", ValueCodecs.STRING, PncGet15118EVCertificateRequest::iso15118SchemaVersion)
            .required("action", PncCertificateActionEnum.CODEC, PncGet15118EVCertificateRequest::action)
            .required("exiRequest", ValueCodecs.STRING, PncGet15118EVCertificateRequest::exiRequest)
            .build();

    public PncGet15118EVCertificateRequest {
        iso15118SchemaVersion = Check.requiredMaxLength("iso15118SchemaVersion", iso15118SchemaVersion, 50);
        Check.required("action", action);
        exiRequest = Check.requiredMaxLength("exiRequest", exiRequest, 5600);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.GET15118_EV_CERTIFICATE;
    }
}
