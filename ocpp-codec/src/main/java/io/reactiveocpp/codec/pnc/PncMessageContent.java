package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

/**
 * Message_ Content urn:x-enexis:ecdm:uid:2:234490 Contains message details, for a message to be displayed on a Charging Station.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param format required. Message_ Content. Format. Message_ Format_ Code urn:x-enexis:ecdm:uid:1:570848 Format of the message.
 * @param language optional, at most 8 characters. Message_ Content. Language. Language_ Code urn:x-enexis:ecdm:uid:1:570849 Message language identifier. Contains a language code as defined in &lt;&lt;ref-RFC5646,[RFC5646]&gt;&gt;.
 * @param content required, at most 512 characters. Message_ Content. Content. Message urn:x-enexis:ecdm:uid:1:570852 Message contents.
 */
public record PncMessageContent(
        PncCustomData customData,
        PncMessageFormatEnum format,
        String language,
        String content) {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncMessageContent> CODEC = ObjectCodec.<PncMessageContent>builder(
                    v -> new PncMessageContent(
                            (PncCustomData) v[0],
                            (PncMessageFormatEnum) v[1],
                            (String) v[2],
                            (String) v[3]))
            .optional("customData", PncCustomData.CODEC, PncMessageContent::customData)
            .required("format", PncMessageFormatEnum.CODEC, PncMessageContent::format)
            .optional("language", ValueCodecs.STRING, PncMessageContent::language)
            .required("content", ValueCodecs.STRING, PncMessageContent::content)
            .build();

    public PncMessageContent {
        Check.required("format", format);
        language = Check.maxLength("language", language, 8);
        content = Check.requiredMaxLength("content", content, 512);
    }
}
