package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.action.Initiator;
import io.reactiveocpp.codec.json.NameTable;
import io.reactiveocpp.codec.json.ObjectCodec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ISO 15118 Plug &amp; Charge messages that "Using ISO 15118 Plug &amp; Charge with OCPP 1.6" (v1.0,
 * 2020-09-16) carries inside DataTransfer: the OCPP 2.0.1 action name (the DataTransfer {@code messageId}),
 * the initiator, and the 2.0.1 request and response types with their codecs.
 */
public enum PncAction {
    AUTHORIZE("Authorize", Initiator.CHARGE_POINT,
            PncAuthorizeRequest.class, PncAuthorizeRequest.CODEC, PncAuthorizeResponse.class, PncAuthorizeResponse.CODEC),
    CERTIFICATE_SIGNED("CertificateSigned", Initiator.CENTRAL_SYSTEM,
            PncCertificateSignedRequest.class, PncCertificateSignedRequest.CODEC, PncCertificateSignedResponse.class, PncCertificateSignedResponse.CODEC),
    DELETE_CERTIFICATE("DeleteCertificate", Initiator.CENTRAL_SYSTEM,
            PncDeleteCertificateRequest.class, PncDeleteCertificateRequest.CODEC, PncDeleteCertificateResponse.class, PncDeleteCertificateResponse.CODEC),
    GET15118_EV_CERTIFICATE("Get15118EVCertificate", Initiator.CHARGE_POINT,
            PncGet15118EVCertificateRequest.class, PncGet15118EVCertificateRequest.CODEC, PncGet15118EVCertificateResponse.class, PncGet15118EVCertificateResponse.CODEC),
    GET_CERTIFICATE_STATUS("GetCertificateStatus", Initiator.CHARGE_POINT,
            PncGetCertificateStatusRequest.class, PncGetCertificateStatusRequest.CODEC, PncGetCertificateStatusResponse.class, PncGetCertificateStatusResponse.CODEC),
    GET_INSTALLED_CERTIFICATE_IDS("GetInstalledCertificateIds", Initiator.CENTRAL_SYSTEM,
            PncGetInstalledCertificateIdsRequest.class, PncGetInstalledCertificateIdsRequest.CODEC, PncGetInstalledCertificateIdsResponse.class, PncGetInstalledCertificateIdsResponse.CODEC),
    INSTALL_CERTIFICATE("InstallCertificate", Initiator.CENTRAL_SYSTEM,
            PncInstallCertificateRequest.class, PncInstallCertificateRequest.CODEC, PncInstallCertificateResponse.class, PncInstallCertificateResponse.CODEC),
    SIGN_CERTIFICATE("SignCertificate", Initiator.CHARGE_POINT,
            PncSignCertificateRequest.class, PncSignCertificateRequest.CODEC, PncSignCertificateResponse.class, PncSignCertificateResponse.CODEC),
    TRIGGER_MESSAGE("TriggerMessage", Initiator.CENTRAL_SYSTEM,
            PncTriggerMessageRequest.class, PncTriggerMessageRequest.CODEC, PncTriggerMessageResponse.class, PncTriggerMessageResponse.CODEC);

    private static final NameTable<PncAction> BY_NAME;

    static {
        Map<String, PncAction> names = new LinkedHashMap<>();
        for (PncAction action : values()) {
            names.put(action.wireName, action);
        }
        BY_NAME = new NameTable<>(names);
    }

    private final String wireName;
    private final Initiator initiator;
    private final Class<? extends PncRequest<?>> requestType;
    private final ObjectCodec<? extends PncRequest<?>> requestCodec;
    private final Class<? extends PncResponse> responseType;
    private final ObjectCodec<? extends PncResponse> responseCodec;

    <Q extends PncRequest<?>, R extends PncResponse> PncAction(String wireName, Initiator initiator,
            Class<Q> requestType, ObjectCodec<Q> requestCodec, Class<R> responseType, ObjectCodec<R> responseCodec) {
        this.wireName = wireName;
        this.initiator = initiator;
        this.requestType = requestType;
        this.requestCodec = requestCodec;
        this.responseType = responseType;
        this.responseCodec = responseCodec;
    }

    /** The OCPP 2.0.1 action name, which is the DataTransfer {@code messageId}. */
    public String wireName() {
        return wireName;
    }

    /** Who sends the request. */
    public Initiator initiator() {
        return initiator;
    }

    /** The record type of the request payload. */
    public Class<? extends PncRequest<?>> requestType() {
        return requestType;
    }

    /** The record type of the response payload. */
    public Class<? extends PncResponse> responseType() {
        return responseType;
    }

    /** Reads and writes the request payload. */
    @SuppressWarnings("unchecked")
    public ObjectCodec<PncRequest<?>> requestCodec() {
        return (ObjectCodec<PncRequest<?>>) requestCodec;
    }

    /** Reads and writes the response payload. */
    @SuppressWarnings("unchecked")
    public ObjectCodec<PncResponse> responseCodec() {
        return (ObjectCodec<PncResponse>) responseCodec;
    }

    /** The action of that name, or {@code null}. */
    public static PncAction byName(String wireName) {
        return BY_NAME.get(wireName);
    }
}
