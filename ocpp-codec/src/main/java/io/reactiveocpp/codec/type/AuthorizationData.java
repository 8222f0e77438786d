package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 1.6 datatype {@code AuthorizationData}.
 *
 * @param idTag required, at most 20 characters
 * @param idTagInfo optional
 */
public record AuthorizationData(String idTag, IdTagInfo idTagInfo) {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<AuthorizationData> CODEC = ObjectCodec.<AuthorizationData>builder(
                    v -> new AuthorizationData((String) v[0], (IdTagInfo) v[1]))
            .required("idTag", ValueCodecs.STRING, AuthorizationData::idTag)
            .optional("idTagInfo", IdTagInfo.CODEC, AuthorizationData::idTagInfo)
            .build();

    public AuthorizationData {
        idTag = Check.requiredMaxLength("idTag", idTag, 20);
    }
}
