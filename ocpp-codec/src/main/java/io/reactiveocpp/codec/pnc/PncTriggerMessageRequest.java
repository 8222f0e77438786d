package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 2.0.1 {@code TriggerMessageRequest} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.9.1), sent from central system to charge point inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param evse optional. EVSE urn:x-oca:ocpp:uid:2:233123 Electric Vehicle Supply Equipment
 * @param requestedMessage required. Type of message to be triggered.
 */
public record PncTriggerMessageRequest(
        PncCustomData customData,
        PncEVSE evse,
        PncMessageTriggerEnum requestedMessage) implements PncRequest<PncTriggerMessageResponse> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncTriggerMessageRequest> CODEC = ObjectCodec.<PncTriggerMessageRequest>builder(
                    v -> new PncTriggerMessageRequest((PncCustomData) v[0], (PncEVSE) v[1], (PncMessageTriggerEnum) v[2]))
            .optional("customData", PncCustomData.CODEC, PncTriggerMessageRequest::customData)
            .optional("evse", PncEVSE.CODEC, PncTriggerMessageRequest::evse)
            .required("requestedMessage", PncMessageTriggerEnum.CODEC, PncTriggerMessageRequest::requestedMessage)
            .build();

    public PncTriggerMessageRequest {
        Check.required("requestedMessage", requestedMessage);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.TRIGGER_MESSAGE;
    }
}
