package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ListCodec;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

import java.util.List;

/**
 * Contains a case insensitive identifier to use for the authorization and the type of authorization to support multiple forms of identifiers.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param additionalInfo optional, at least 1 item(s)
 * @param idToken required, at most 36 characters. IdToken is case insensitive. Might hold the hidden id of an RFID tag, but can for example also contain a UUID.
 * @param type required. Enumeration of possible idToken types.
 */
public record PncIdToken(
        PncCustomData customData,
        List<PncAdditionalInfo> additionalInfo,
        String idToken,
        PncIdTokenEnum type) {

    /** Reads and writes this type as the schema defines it. */
    @SuppressWarnings("unchecked")
    public static final ObjectCodec<PncIdToken> CODEC = ObjectCodec.<PncIdToken>builder(
                    v -> new PncIdToken(
                            (PncCustomData) v[0],
                            (List<PncAdditionalInfo>) v[1],
                            (String) v[2],
                            (PncIdTokenEnum) v[3]))
            .optional("customData", PncCustomData.CODEC, PncIdToken::customData)
            .optional("additionalInfo", ListCodec.of(PncAdditionalInfo.CODEC), PncIdToken::additionalInfo)
            .required("idToken", ValueCodecs.STRING, PncIdToken::idToken)
            .required("type", PncIdTokenEnum.CODEC, PncIdToken::type)
            .build();

    public PncIdToken {
        additionalInfo = Check.list("additionalInfo", additionalInfo, 1);
        idToken = Check.requiredMaxLength("idToken", idToken, 36);
        Check.required("type", type);
    }
}
