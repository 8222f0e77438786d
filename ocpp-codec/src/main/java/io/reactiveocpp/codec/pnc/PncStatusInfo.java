package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

/**
 * Element providing more information about the status.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param reasonCode required, at most 20 characters. A predefined code for the reason why the status is returned in this response. The string is case-insensitive.
 * @param additionalInfo optional, at most 512 characters. Additional text to provide detailed information.
 */
public record PncStatusInfo(PncCustomData customData, String reasonCode, String additionalInfo) {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncStatusInfo> CODEC = ObjectCodec.<PncStatusInfo>builder(
                    v -> new PncStatusInfo((PncCustomData) v[0], (String) v[1], (String) v[2]))
            .optional("customData", PncCustomData.CODEC, PncStatusInfo::customData)
            .required("reasonCode", ValueCodecs.STRING, PncStatusInfo::reasonCode)
            .optional("additionalInfo", ValueCodecs.STRING, PncStatusInfo::additionalInfo)
            .build();

    public PncStatusInfo {
        reasonCode = Check.requiredMaxLength("reasonCode", reasonCode, 20);
        additionalInfo = Check.maxLength("additionalInfo", additionalInfo, 512);
    }
}
