package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ListCodec;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

import java.time.Instant;
import java.util.List;

/**
 * ID_ Token urn:x-oca:ocpp:uid:2:233247 Contains status information about an identifier. It is advised to not stop charging for a token that expires during charging, as ExpiryDate is only used for caching purposes. If ExpiryDate is not given, the status has no end date.
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param status required. ID_ Token. Status. Authorization_ Status urn:x-oca:ocpp:uid:1:569372 Current status of the ID Token.
 * @param cacheExpiryDateTime optional, UTC on the wire. ID_ Token. Expiry. Date_ Time urn:x-oca:ocpp:uid:1:569373 Date and Time after which the token must be considered invalid.
 * @param chargingPriority optional. Priority from a business point of view. Default priority is 0, The range is from -9 to 9. Higher values indicate a higher priority. The chargingPriority in &lt;&lt;transactioneventresponse,TransactionEventResponse&gt;&gt; overrules this one.
 * @param language1 optional, at most 8 characters. ID_ Token. Language1. Language_ Code urn:x-oca:ocpp:uid:1:569374 Preferred user interface language of identifier user. Contains a language code as defined in &lt;&lt;ref-RFC5646,[RFC5646]&gt;&gt;.
 * @param evseId optional, at least 1 item(s). Only used when the IdToken is only valid for one or more specific EVSEs, not for the entire Charging Station.
 * @param groupIdToken optional. Contains a case insensitive identifier to use for the authorization and the type of authorization to support multiple forms of identifiers.
 * @param language2 optional, at most 8 characters. ID_ Token. Language2. Language_ Code urn:x-oca:ocpp:uid:1:569375 Second preferred user interface language of identifier user. Don’t use when language1 is omitted, has to be different from language1. Contains a language code as defined in &lt;&lt;ref-RFC5646,[RFC5646]&gt;&gt;.
 * @param personalMessage optional. Message_ Content urn:x-enexis:ecdm:uid:2:234490 Contains message details, for a message to be displayed on a Charging Station.
 */
public record PncIdTokenInfo(
        PncCustomData customData,
        PncAuthorizationStatusEnum status,
        Instant cacheExpiryDateTime,
        Integer chargingPriority,
        String language1,
        List<Integer> evseId,
        PncIdToken groupIdToken,
        String language2,
        PncMessageContent personalMessage) {

    /** Reads and writes this type as the schema defines it. */
    @SuppressWarnings("unchecked")
    public static final ObjectCodec<PncIdTokenInfo> CODEC = ObjectCodec.<PncIdTokenInfo>builder(
                    v -> new PncIdTokenInfo(
                            (PncCustomData) v[0],
                            (PncAuthorizationStatusEnum) v[1],
                            (Instant) v[2],
                            (Integer) v[3],
                            (String) v[4],
                            (List<Integer>) v[5],
                            (PncIdToken) v[6],
                            (String) v[7],
                            (PncMessageContent) v[8]))
            .optional("customData", PncCustomData.CODEC, PncIdTokenInfo::customData)
            .required("status", PncAuthorizationStatusEnum.CODEC, PncIdTokenInfo::status)
            .optional("cacheExpiryDateTime", ValueCodecs.DATE_TIME, PncIdTokenInfo::cacheExpiryDateTime)
            .optional("chargingPriority", ValueCodecs.INTEGER, PncIdTokenInfo::chargingPriority)
            .optional("language1", ValueCodecs.STRING, PncIdTokenInfo::language1)
            .optional("evseId", ListCodec.of(ValueCodecs.INTEGER), PncIdTokenInfo::evseId)
            .optional("groupIdToken", PncIdToken.CODEC, PncIdTokenInfo::groupIdToken)
            .optional("language2", ValueCodecs.STRING, PncIdTokenInfo::language2)
            .optional("personalMessage", PncMessageContent.CODEC, PncIdTokenInfo::personalMessage)
            .build();

    public PncIdTokenInfo {
        Check.required("status", status);
        language1 = Check.maxLength("language1", language1, 8);
        evseId = Check.list("evseId", evseId, 1);
        language2 = Check.maxLength("language2", language2, 8);
    }
}
