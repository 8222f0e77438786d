package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 2.0.1 {@code TriggerMessageResponse} payload ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.9.2), sent from charge point to central system inside a DataTransfer.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param status required. Indicates whether the Charging Station will send the requested notification or not.
 * @param statusInfo optional. Element providing more information about the status.
 */
public record TriggerMessageResponse(
        CustomData customData,
        TriggerMessageStatusEnum status,
        StatusInfo statusInfo) implements PncResponse {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<TriggerMessageResponse> CODEC = ObjectCodec.<TriggerMessageResponse>builder(
                    v -> new TriggerMessageResponse(
                            (CustomData) v[0],
                            (TriggerMessageStatusEnum) v[1],
                            (StatusInfo) v[2]))
            .optional("customData", CustomData.CODEC, TriggerMessageResponse::customData)
            .required("status", TriggerMessageStatusEnum.CODEC, TriggerMessageResponse::status)
            .optional("statusInfo", StatusInfo.CODEC, TriggerMessageResponse::statusInfo)
            .build();

    public TriggerMessageResponse {
        Check.required("status", status);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.TRIGGER_MESSAGE;
    }
}
