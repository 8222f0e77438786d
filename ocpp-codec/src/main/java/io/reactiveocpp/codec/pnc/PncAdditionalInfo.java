package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

/**
 * Contains a case insensitive identifier to use for the authorization and the type of authorization to support multiple forms of identifiers.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param additionalIdToken required, at most 36 characters. This field specifies the additional IdToken.
 * @param type required, at most 50 characters. This defines the type of the additionalIdToken. This is a custom type, so the implementation needs to be agreed upon by all involved parties.
 */
public record PncAdditionalInfo(PncCustomData customData, String additionalIdToken, String type) {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncAdditionalInfo> CODEC = ObjectCodec.<PncAdditionalInfo>builder(
                    v -> new PncAdditionalInfo((PncCustomData) v[0], (String) v[1], (String) v[2]))
            .optional("customData", PncCustomData.CODEC, PncAdditionalInfo::customData)
            .required("additionalIdToken", ValueCodecs.STRING, PncAdditionalInfo::additionalIdToken)
            .required("type", ValueCodecs.STRING, PncAdditionalInfo::type)
            .build();

    public PncAdditionalInfo {
        additionalIdToken = Check.requiredMaxLength("additionalIdToken", additionalIdToken, 36);
        type = Check.requiredMaxLength("type", type, 50);
    }
}
