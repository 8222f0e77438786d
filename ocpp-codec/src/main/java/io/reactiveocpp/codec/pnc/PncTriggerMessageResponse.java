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
public record PncTriggerMessageResponse(
        PncCustomData customData,
        PncTriggerMessageStatusEnum status,
        PncStatusInfo statusInfo) implements PncResponse {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncTriggerMessageResponse> CODEC = ObjectCodec.<PncTriggerMessageResponse>builder(
                    v -> new PncTriggerMessageResponse(
                            (PncCustomData) v[0],
                            (PncTriggerMessageStatusEnum) v[1],
                            (PncStatusInfo) v[2]))
            .optional("customData", PncCustomData.CODEC, PncTriggerMessageResponse::customData)
            .required("status", PncTriggerMessageStatusEnum.CODEC, PncTriggerMessageResponse::status)
            .optional("statusInfo", PncStatusInfo.CODEC, PncTriggerMessageResponse::statusInfo)
            .build();

    public PncTriggerMessageResponse {
        Check.required("status", status);
    }

    @Override
    public PncAction pncAction() {
        return PncAction.TRIGGER_MESSAGE;
    }
}
