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
public record TriggerMessageRequest(
        CustomData customData,
        EVSE evse,
        MessageTriggerEnum requestedMessage) implements PncRequest<TriggerMessageResponse> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<TriggerMessageRequest> CODEC = ObjectCodec.<TriggerMessageRequest>builder(
                    v -> new TriggerMessageRequest((CustomData) v[0], (EVSE) v[1], (MessageTriggerEnum) v[2]))
            .optional("customData", CustomData.CODEC, TriggerMessageRequest::customData)
            .optional("evse", EVSE.CODEC, TriggerMessageRequest::evse)
            .required("requestedMessage", MessageTriggerEnum.CODEC, TriggerMessageRequest::requestedMessage)
            .build();

    public TriggerMessageRequest {
        Check.required("requestedMessage", requestedMessage);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.TRIGGER_MESSAGE;
    }
}
