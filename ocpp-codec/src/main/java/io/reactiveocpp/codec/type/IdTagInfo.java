package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

import java.time.Instant;

/**
 * The OCPP 1.6 datatype {@code IdTagInfo}.
 *
 * @param expiryDate optional, UTC on the wire
 * @param parentIdTag optional, at most 20 characters
 * @param status required
 */
public record IdTagInfo(Instant expiryDate, String parentIdTag, AuthorizationStatus status) {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<IdTagInfo> CODEC = ObjectCodec.<IdTagInfo>builder(
                    v -> new IdTagInfo((Instant) v[0], (String) v[1], (AuthorizationStatus) v[2]))
            .optional("expiryDate", ValueCodecs.DATE_TIME, IdTagInfo::expiryDate)
            .optional("parentIdTag", ValueCodecs.STRING, IdTagInfo::parentIdTag)
            .required("status", AuthorizationStatus.CODEC, IdTagInfo::status)
            .build();

    public IdTagInfo {
        parentIdTag = Check.maxLength("parentIdTag", parentIdTag, 20);
        Check.required("status", status);
    }
}
